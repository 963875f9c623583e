package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named once and then described ("the widow", "the pensioner"), and a subject that does
 * one thing "but said" another. Stories written for the test.
 */
class DescribedSpeakerTest {
    @Test
    void aDescriptionAfterSentencesAboutThingsIsThePersonLastTalkedAbout() {
        Detected d = Detected.in("""
                Flood hits village

                Margaret Ellery, 81, had lived in the cottage by the ford since 1968.

                On Sunday night the river burst its banks. By morning the ground floor was under a metre of water.

                'I have never seen anything like it,' the widow told reporters. 'Everything is gone.'
                """);
        assertThat(d.speakerOf("I have never seen anything like it")).isEqualTo("Margaret Ellery");
    }

    @Test
    void aDescriptionOfTheOtherGenderIsNotThatPerson() {
        Detected d = Detected.in("""
                Flood hits village

                Daniel Ellery, 81, had lived in the cottage by the ford since 1968.

                On Sunday night the river burst its banks.

                'I have never seen anything like it,' the widow told reporters.
                """);
        assertThat(d.speakerOf("I have never seen anything like it")).isNotEqualTo("Daniel Ellery");
    }

    @Test
    void declinedToCommentButSaid() {
        Detected d = Detected.in("""
                The ministry's press office declined to comment on the leaked memo but said a review of the programme was under way.
                """);
        assertThat(d.speakerOf("a review of the programme was under way")).containsIgnoringCase("press office");
    }

    @Test
    void aPronounAfterAnUnnamedSourceWhoJustSpokeIsThatSource() {
        Detected d = Detected.in("""
                "We are not leaving," said tenant leader Mona Reyes.

                Housing officer Paul Grant said the block would be inspected next week.

                A spokeswoman for the landlord said repairs had been ordered. She said the lifts would work again by Friday.
                """);
        assertThat(d.speakerOf("the lifts would work again")).isEqualTo("A spokeswoman for the landlord");
    }

    @Test
    void theSingularTheyOfAnUnnamedSource() {
        Detected d = Detected.in("""
                Ministers are braced for a rebellion on Tuesday. "We have the numbers," said chief whip Alan Kerr.

                A cabinet source was more cautious. "It will be close," they said. "Closer than anyone admits."
                """);
        assertThat(d.speakerOf("It will be close")).isEqualTo("A cabinet source");
        assertThat(d.speakerOf("Closer than anyone admits")).isEqualTo("A cabinet source");
    }

    @Test
    void anUnnamedBackbencherWhoAskedNotToBeNamed() {
        Detected d = Detected.in("""
                Several MPs said they had been called in by the whips.

                One backbencher, who asked not to be named, said: "They are trying to pick us off one by one."
                """);
        assertThat(d.speakerOf("They are trying to pick us off")).isEqualTo("One backbencher");
    }
}
