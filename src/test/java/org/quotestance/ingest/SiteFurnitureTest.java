package org.quotestance.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFurnitureTest {
    private final SiteFurniture furniture = SiteFurniture.standard();

    /** The key as the list file describes it, written the slow and obvious way. */
    private static String referenceKey(String line) {
        String k = line.strip().toLowerCase(Locale.ROOT);
        k = k.replaceAll("^[\\s>»›•·|]+", "").replaceAll("[\\s:.…>»›→|]+$", "");
        return k.replaceAll("\\s+", " ");
    }

    @Provide
    Arbitrary<String> furnitureLikeLines() {
        return Arbitraries.strings().withChars("aBcShRe \t>»›•·|:.…→-").ofMaxLength(40);
    }

    @Property
    void keyAgreesWithTheRegularExpressionDefinition(@ForAll("furnitureLikeLines") String line) {
        assertThat(SiteFurniture.key(line)).isEqualTo(referenceKey(line));
    }

    @Test
    void decoratedListedLinesAreFurniture() {
        assertThat(furniture.isFurniture("  » Share this article:")).isTrue();
        assertThat(furniture.isFurniture("ADVERTISEMENT")).isTrue();
        assertThat(furniture.isFurniture("Story   continues below …")).isTrue();
        assertThat(furniture.startsTail("Related articles:")).isTrue();
    }

    @Test
    void patternLinesAreFurnitureButStoryParagraphsAreNot() {
        assertThat(furniture.isFurniture("© 2025 Northgate Media Group. All rights reserved.")).isTrue();
        assertThat(furniture.isFurniture("Read more: Minister resigns after budget vote")).isTrue();
        assertThat(furniture.isFurniture("“Share this with your colleagues,” the minister told staff.")).isFalse();
        String paragraph = "Read more: " + "the committee heard evidence from eleven witnesses over two days, ".repeat(6);
        assertThat(paragraph.length()).isGreaterThan(SiteFurniture.LONGEST_LINE);
        assertThat(furniture.isFurniture(paragraph)).isFalse();
        assertThat(furniture.startsTail(paragraph)).isFalse();
    }

    @Test
    void patternsCombinedIntoOneMatchTheLinesEachMatchedAlone() {
        List<Pattern> each = Stream.of("all rights reserved\\.?", "follow (us|@).{0,80}", "[0-9]+\\s+(min|minute)s?\\s+read")
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        List<Pattern> one = SiteFurniture.combined(each);
        assertThat(one).hasSize(1);
        for (String line : List.of("All Rights Reserved.", "Follow us on the radio", "4 min read", "5 minutes read",
                "All rights reserved, said the minister", "They follow", "Read 4 min")) {
            assertThat(one.get(0).matcher(line).matches()).as(line)
                    .isEqualTo(each.stream().anyMatch(p -> p.matcher(line).matches()));
        }
    }

    @Test
    void patternsThatReferToTheirGroupsStaySeparate() {
        List<Pattern> withBackReference = Stream.of("(\\w+) \\1", "watch:.*")
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
        assertThat(SiteFurniture.combined(withBackReference)).isSameAs(withBackReference);
        List<Pattern> named = Stream.of("(?<word>\\w+)!", "(?<=x)y")
                .map(Pattern::compile).toList();
        assertThat(SiteFurniture.combined(named)).isSameAs(named);
        assertThat(SiteFurniture.combined(List.of(Pattern.compile("(?<=a)b"), Pattern.compile("c")))).hasSize(1);
    }
}
