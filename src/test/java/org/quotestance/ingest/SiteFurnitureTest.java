package org.quotestance.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Locale;

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
}
