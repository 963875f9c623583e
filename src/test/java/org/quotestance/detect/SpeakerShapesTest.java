package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution shapes of real news that a nearest-name rule gets wrong: a pronoun after a sentence
 * about someone else than the last quoted person, rapid exchanges, transcript lines, parenthetical
 * cues, possessive speakers. Every story here is written for the test.
 */
class SpeakerShapesTest {
    @Test
    void pronounAfterASentenceAboutAnotherPersonIsThatPerson() {
        Detected d = Detected.in("""
                “We will need more inspectors,” said Anton Keller, the agency’s director. “Many more.”

                “The harbour is quieter than it was,” port captain Jonas Brandt said. “Nobody is happy.”

                Keller, for his part, remains hopeful. “Nobody walked out of the room,” he said.
                """);
        assertThat(d.speakerOf("Nobody walked out")).isEqualTo("Anton Keller");
    }

    @Test
    void pronounAfterASentenceAboutAWomanSkipsTheLastQuotedWoman() {
        Detected d = Detected.in("""
                “Are you going to close wards this winter?” presenter Ruth Calder asked the minister.

                Nurse Amira Haddad, who has worked nights at the hospital in Leeds for twenty years, was unimpressed.

                “Figures do not staff a ward,” she said.
                """);
        assertThat(d.speakerOf("Figures do not staff")).isEqualTo("Amira Haddad");
    }
}
