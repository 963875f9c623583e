package org.quotestance.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quotestance.model.Quote;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, detection ends, and every span lies inside it and agrees with its selector. */
class DetectorPropertiesTest {
    private static final QuoteDetector DETECTOR = new QuoteDetector();

    @Provide
    Arbitrary<String> newsLikeNoise() {
        Arbitrary<String> pieces = Arbitraries.of("“", "”", "\"", "'", "‘", "’", "«", "»", "„", "``", "''", " ", " ",
                "\n", "\n\n", ",", ".", ":", "said", "Hegseth", "he", "she", "told", "that", "the", "Mr.", "U.S.",
                "Ann Lee", "officials", "according to", "🎉", "قال", "war", "We", "must", "end", "—");
        return pieces.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void spansAreInsideTheTextAndIdsUnique(@ForAll("newsLikeNoise") String text) {
        Detection d = DETECTOR.detect("p", text);
        Set<String> ids = new HashSet<>();
        for (Quote q : d.quotes()) {
            assertThat(q.span().start()).isBetween(0, text.length());
            assertThat(q.span().end()).isBetween(q.span().start() + 1, text.length());
            assertThat(q.selector().exact()).isEqualTo(q.text(text));
            assertThat(q.confidence()).isBetween(0.0, 1.0);
            assertThat(ids.add(q.id())).isTrue();
            if (q.speakerId() != null) {
                assertThat(d.speakers()).anyMatch(s -> s.id().equals(q.speakerId()));
            }
        }
    }
}
