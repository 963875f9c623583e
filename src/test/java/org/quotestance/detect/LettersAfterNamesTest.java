package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands next to a name without being another speaker: letters after it in their own commas ("Ingrid Moss,
 * MD, chief of …, says"), a member's letters ("… Corkill MHK has said"), a caption glued to it; and a surname
 * that is also a plain word ("Joel Prior said"). Each test is on a story written for it.
 */
class LettersAfterNamesTest {
    @Test
    void theLettersAfterANameAreThatPersons() {
        Detected d = Detected.in("""
                Flu cases climb as winter sets in

                Flu tests at Lakeview clinics are coming back positive at the highest rate in a decade.

                Ingrid Moss, MD, chief of infectious diseases at Lakeview Hospital, says the wards are busier than at any point since 2015.
                """);
        assertThat(d.speakerOf("the wards are busier")).isEqualTo("Ingrid Moss");
    }

    @Test
    void aMembersLettersEndTheNameAndWhilstOpensAClause() {
        Detected d = Detected.in("""
                Minister defends ferry timetable

                Transport Minister Ellan Corkill MHK has said that the winter timetable was the best the company could offer.

                Whilst Mr Corkill said he had not seen the complaints, he added: "Every sailing we can keep, we will keep."
                """);
        assertThat(d.speakerOf("the winter timetable")).isEqualTo("Ellan Corkill");
        assertThat(d.speakerOf("Every sailing we can keep")).isEqualTo("Ellan Corkill");
    }

    @Test
    void aGivenNameWithAnHonorificIsThePersonWhoSpokeNotACaptionGluedToIt() {
        Detected d = Detected.in("""
                Council ignores farmers, alleges Selvan Murugadoss

                Farmers' party president Selvan Murugadoss alleged on Wednesday that the council had ignored the drought for two years.

                “Why is there a budget for roads but none for wells?”Selvan MurugadossParty president

                Addressing the gathering, Mr. Selvan said the party would march to the council offices next month.
                """);
        assertThat(d.speakerOf("march to the council offices")).isEqualTo("Selvan Murugadoss");
    }

    @Test
    void aSurnameThatIsAlsoAFunctionWordEndsTheName() {
        Detected d = Detected.in("""
                Crews restore power across the county

                “Roads were slick when we got there, so it was hard going,” Electric co-op lineman Joel Prior said.
                """);
        assertThat(d.speakerOf("Roads were slick")).isEqualTo("Joel Prior");
    }
}
