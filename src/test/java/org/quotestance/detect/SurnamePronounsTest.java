package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who "he" or "she" may be: a full name of no known gender that the story goes on to call by its surname alone
 * is a person; a name ending in an office in the plural ("District Collectors") is several people and never
 * "he". Each test is on a story written for it.
 */
class SurnamePronounsTest {
    @Test
    void aPersonCalledByTheSurnameIsHe() {
        Detected d = Detected.in("""
                Harbour City edge Rovers: Vollan the hero again

                Tarjei Vollan was the matchwinner for Harbour City at the Northgate ground.

                Vollan struck from the spot on 81 minutes for a 1-0 win.

                He later said: "Three points is all that matters now. It was not pretty, but we keep going."
                """);
        assertThat(d.speakerOf("Three points is all that matters")).isEqualTo("Tarjei Vollan");
    }

    @Test
    void aCompanyNamedLikeAPersonIsNotHe() {
        Detected d = Detected.in("""
                Satellite venture nears break-even

                Orbis-backed SkyLinq launched 36 more satellites on Thursday. SkyLinq is racing rivals to sell broadband from orbit.

                He added that the venture "should break even within two years".
                """);
        assertThat(d.speakerOf("should break even")).isNotEqualTo("Orbis-backed SkyLinq");
    }

    @Test
    void officesInThePluralAreNeverHe() {
        Detected d = Detected.in("""
                Chief minister tells officials to leave their offices

                District Collectors were told by Chief Minister Arun Varma to step out of their offices and meet the people. "Nobody learns a district from an air-conditioned room," he said on Tuesday at the collectors' conference.
                """);
        assertThat(d.speakerOf("Nobody learns a district")).isEqualTo("Arun Varma");
    }
}
