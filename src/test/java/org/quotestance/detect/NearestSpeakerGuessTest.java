package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quote no rule can attribute gets the speaker of the nearest attributed quote as a low-confidence guess (the
 * other side, a pronoun that rules the guess out, is UnseenStyleShapesTest's). On a story written for it.
 */
class NearestSpeakerGuessTest {
    @Test
    void aStoryOpeningOnAQuoteBeforeItsSpeakerIsNamedGuessesTheNextSpeaker() {
        Detected d = Detected.in("""
                Warehouse fire under control after six hours

                “It took every crew we had to hold it at the loading bay.”

                He said the blaze was contained at around 3 p.m., six hours after the first call.

                Nobody was hurt, although two neighbouring units were evacuated as a precaution.

                “Our crews arrived to a building that was already well alight, and getting water to the back of it was the hard part,” said district fire chief Rowan Achterberg.
                """);
        assertThat(d.speakerOf("It took every crew we had")).isEqualTo("Rowan Achterberg");
        assertThat(d.speakerOf("the blaze was contained")).isEqualTo("Rowan Achterberg");
        assertThat(d.quote("It took every crew we had").confidence()).isLessThan(d.quote("Our crews arrived").confidence());
    }

    @Test
    void aPronounBeforeAnyoneIsNamedIsTheOnePersonInTheHeadline() {
        Detected d = Detected.in("""
                Pendry praises effort

                “I thought Gareth Morgan was inspirational out there when we went behind early,” he said.

                “Now it’s up to me to improve our set piece.”

                Wales captain Owain Thomas added: “We started playing too late.”
                """);
        assertThat(d.speakerOf("inspirational out there")).isEqualTo("Pendry");
        assertThat(d.speakerOf("We started playing too late")).isEqualTo("Owain Thomas");
    }

    @Test
    void notWhenTheBodyNamesSomeoneBeforeThePronoun() {
        Detected d = Detected.in("""
                Pendry praises effort

                Coach Dafydd Rees watched from the stand. “We were unlucky at the end,” he said.
                """);
        assertThat(d.speakerOf("unlucky at the end")).isEqualTo("Dafydd Rees");
    }
    @Test
    void aSentenceThatNamesNoOneDoesNotBreakTheLineBackToTheParagraphsSubject() {
        Detected d = Detected.in("""
                Ivan Calder hails Harbour Rovers desire after win over Dunmore

                Ivan Calder cited the “desire” of his Harbour Rovers players after a 1-0 win.

                “I think we won that because we wanted it more,” explained Calder.

                Mark Duffy was disappointed with how his Dunmore team played.

                Goalkeeper Jed Wardle and the Rovers defence stood firm.

                Duffy pinpointed his side moving away from the game plan. The defeat means the Dunmore outfit drop out of the top six.

                “I thought the first half-an-hour, we were excellent,” he said.
                """);
        assertThat(d.speakerOf("we were excellent")).isEqualTo("Mark Duffy");
        assertThat(d.speakerOf("we wanted it more")).isEqualTo("Ivan Calder");
    }
    @Test
    void hisExcellencyStandsForTheDignitaryTheStoryIsAbout() {
        Detected d = Detected.in("""
                Minister praises Games legacy

                Minister of State for Foreign Affairs Sheikh Nasser bin Fahad Al-Marri said the Games had changed how visitors saw the region.

                His Excellency said that the state would keep the new arenas in public use.

                “We are proud of what we achieved,” His Excellency added.
                """);
        assertThat(d.speakerOf("keep the new arenas")).isEqualTo("Nasser bin Fahad Al-Marri");
        assertThat(d.speakerOf("We are proud of what we achieved")).isEqualTo("Nasser bin Fahad Al-Marri");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name).doesNotContain("Excellency");
    }
    @Test
    void theOfficeIsItsSittingHolderNotAFormerOneNamedLater() {
        Detected d = Detected.in("""
                Premier says he hears protesters

                Prime Minister Somchai Rattanakul insisted today that he has been listening to the protesters.

                The prime minister was commenting on a suggestion from former prime minister Anan Sukprasert that he should heed the protesters.

                “I have been listening to their voices,” he said.
                """);
        assertThat(d.speakerOf("I have been listening to their voices")).isEqualTo("Somchai Rattanakul");
    }
}
