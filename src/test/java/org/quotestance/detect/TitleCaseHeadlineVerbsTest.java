package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline in title case capitalises its verb as well as its names: "… Tomas Rydell Speaks Out on …" names
 * Tomas Rydell, not "Tomas Rydell Speaks Out". Each test is on a story written for it.
 */
class TitleCaseHeadlineVerbsTest {
    @Test
    void theHeadlinesVerbIsNoPartOfTheName() {
        Detected d = Detected.in("""
                Club Chairman Tomas Rydell Speaks Out on Stadium Sale

                Harbour City chairman Tomas Rydell has broken his silence over the sale of the Northgate ground.

                Rydell said the club had no choice once the lease ran out, and that supporters would be consulted on the new site.

                "Nobody wanted this, least of all me," Rydell said.
                """);
        assertThat(d.speakerOf("Nobody wanted this")).isEqualTo("Tomas Rydell");
        assertThat(d.speakerOf("the club had no choice")).isEqualTo("Tomas Rydell");
    }

    @Test
    void aHeadlineInSentenceCaseKeepsItsCapitalisedNames() {
        Detected d = Detected.in("""
                Ferry operator Speaks Holdings warns of winter cuts

                Speaks Holdings said it would cut two sailings a day from January because of crew shortages.
                """);
        assertThat(d.speakerOf("cut two sailings a day")).isEqualTo("Speaks Holdings");
    }
}
