package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and offices as agency and government copy writes them: a middle initial after a long office, a
 * chief's title before a president's name, a name with no first name we know before "of" a place, an
 * office over a body ("the head of the … Delegation"), an office whose portfolio runs into a capitalised
 * word, the one person a story quotes holding the office it later names alone, a Polynesian ʻokina, and
 * a wire's bracketed credit before a colon. Each test is on a story written for it.
 */
class RealPressOfficesTest {
    @Test
    void aMiddleInitialAfterALongOfficeStaysInsideTheName() {
        Detected d = Detected.in("""
                Envoy pledges support for port upgrade

                The Deputy Minister of Trade, Owen M. Lassiter, called on the governor at the port authority on Tuesday.

                Mr Lassiter said the two countries would sign a shipping agreement before the end of the year.
                """);
        assertThat(d.speakerOf("sign a shipping agreement")).isEqualTo("Owen M. Lassiter");
    }

    @Test
    void aChiefsTitleBeforeAPresidentsNameGivesNoGender() {
        Detected d = Detected.in("""
                Coastal security tops the agenda

                President Nana Kwabena Asante-Boadu has said the security of the coast is the first concern of the region.

                The President made the point when the visiting envoy, Mr Harold Pike, called on him at the castle.

                The President said elections in December would be peaceful.

                He said the government was preparing for the vote.
                """);
        assertThat(d.speakerOf("preparing for the vote")).isEqualTo("Kwabena Asante-Boadu");
    }

    @Test
    void aFullNameBeforeOfAPlaceSpeaksEvenWithAFirstNameNoListHas() {
        Detected d = Detected.in("""
                Council split over short-term rentals

                Councilwoman Dora Pilcher said the houses were changing her district.

                Temperance Oyelaran of Riverside said, "We have a row of them on our street and nobody knows who sleeps there."
                """);
        assertThat(d.speakerOf("nobody knows who sleeps there")).isEqualTo("Temperance Oyelaran");
    }

    @Test
    void theHeadOfANamedBodyIsAPersonAndTheOneQuotedInTheStory() {
        Detected d = Detected.in("""
                Agency warns over school shelters

                Pupils in the region still learn in corridors, according to a statement by the head of the Relief Agency office in Norland, Ingrid Solvang.

                "Children hide in corridors and shelters," Solvang noted.

                "No pupil should learn in a corridor," the head of the Relief Agency Delegation emphasised.
                """);
        assertThat(d.speakerOf("No pupil should learn")).isEqualTo("Ingrid Solvang");
    }

    @Test
    void anOfficeWhosePortfolioEndsOnACapitalisedWordIsNoPersonOfThatName() {
        Detected d = Detected.in("""
                Minister pledges funds for old forts

                MARDAN, Nov 06 (NPA): Caretaker Minister for Coastal Forts and Heritage, Dilshad Qureshi Monday pledged funds for the restoration of three forts.

                The minister said that a new museum would open in the spring.
                """);
        assertThat(d.speakerOf("a new museum would open")).isEqualTo("Dilshad Qureshi");
    }

    @Test
    void theMinisterIsTheOnePersonTheStoryQuotesWhenNoRoleOfTheirsSaysOtherwise() {
        Detected d = Detected.in("""
                Residents urged to report strangers

                #Avalon, May 3, 2024 – Port Lyle – Minister of Transport, Hon. Aldous Pennington, is urging commuters to report broken lights at bus shelters.

                "If you see a shelter in the dark, call the depot," the Minister said.

                Mr. Pennington, who spoke at the depot on Friday, said repairs would take two weeks.
                """);
        assertThat(d.speakerOf("If you see a shelter in the dark")).isEqualTo("Aldous Pennington");
    }

    @Test
    void theMayorOfAPlaceIsStillNotTheOnePersonQuoted() {
        Detected d = Detected.in("""
                Landslide cuts road again

                Ruth Amberg, a bus driver from Lyngen, has waited a day at the barrier.

                The mayor of Sorvik has said the town will "not be cut off again" after the slide.

                "I have water for two more days," Ruth Amberg said.
                """);
        assertThat(d.speakerOf("not be cut off again")).isNotEqualTo("Ruth Amberg");
    }

    @Test
    void anOkinaOpensAPolynesianName() {
        Detected d = Detected.in("""
                Deputy premier backs police chief

                Tongan Deputy Prime Minister ʻAlapati Vainikolo says the police commissioner is doing his job honestly.

                The Deputy Prime Minister said more officers would be trained next year.
                """);
        assertThat(d.speakerOf("police commissioner is doing his job")).isEqualTo("ʻAlapati Vainikolo");
        assertThat(d.speakerOf("more officers would be trained")).isEqualTo("ʻAlapati Vainikolo");
    }

    @Test
    void aWireCreditBeforeAColonIsNoSpeaker() {
        Detected d = Detected.in("""
                Island government denies rift

                (CNS): The Antigua and Barbuda government is maintaining that its relationship with Grenada “is as good as it has ever been," playing down a rift between the two neighbours.
                """);
        assertThat(d.speakerOf("is as good as it has ever been")).isNotEqualTo("CNS");
    }
}
