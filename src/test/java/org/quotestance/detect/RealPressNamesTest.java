package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal names that real reports write in shapes our own stories did not: a nickname in quotation
 * marks inside the name, a particle after the given name ("bin"), a generation after the surname.
 * The reports were read, not kept; each test is on text written for it.
 */
class RealPressNamesTest {
    @Test
    void aNicknameInMarksInsideANameIsNoQuoteAndTheNameIsOnePerson() {
        Detected d = Detected.in("""
                Senate leader rejects insertion claims

                Senate President Renato “Toto” Alcaraz denied on Monday that he had inserted funds into the budget.

                “I did nothing of the sort,” Alcaraz said in a radio interview.

                The Senate leader said the amendments were part of the legislative process.

                Quezon Mayor Benigno "Ninoy Boy" Salcedo said the city would wait for the final figures.

                "We will not guess," Salcedo told reporters.
                """);
        assertThat(d.texts()).noneMatch(t -> t.equals("Toto") || t.equals("Ninoy Boy"));
        assertThat(d.speakerOf("nothing of the sort")).isEqualTo("Renato Alcaraz");
        assertThat(d.speakerOf("part of the legislative process")).isEqualTo("Renato Alcaraz");
        assertThat(d.speakerOf("wait for the final figures")).isEqualTo("Benigno Salcedo");
        assertThat(d.speakerOf("We will not guess")).isEqualTo("Benigno Salcedo");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Renato") || s.name().equals("Alcaraz"));
    }

    @Test
    void quotedWordsInATitleCaseHeadlineStayAQuote() {
        Detected d = Detected.in("""
                Minister Wants Border Row Settled “Behind Closed Doors” Now

                Foreign Minister Ama Boateng said on Friday that the row should be settled in private talks.
                """);
        assertThat(d.texts()).contains("Behind Closed Doors");
    }

    @Test
    void aGivenNameWithItsTitleAfterAFullNameWithAParticleIsThatPerson() {
        Detected d = Detected.in("""
                Prince hails reforms

                RIYADH: The kingdom's growth has been unprecedented, Crown Prince Faisal bin Harith said on Thursday.

                The crown prince said that non-oil revenues had doubled.

                Prince Faisal said corruption had once been rife in ministries.
                """);
        assertThat(d.speakerOf("non-oil revenues had doubled")).isEqualTo("Faisal bin Harith");
        assertThat(d.speakerOf("corruption had once been rife")).isEqualTo("Faisal bin Harith");
        assertThat(d.detection.speakers()).extracting(s -> s.name()).containsExactly("Faisal bin Harith");
    }

    @Test
    void aGenerationAfterTheSurnameIsPartOfTheNameAndTheSurnameAloneFindsIt() {
        Detected d = Detected.in("""
                Budget is not aligned, president says

                President Emilio Lacuna Jr. said the budget was not fully aligned with his programme.

                “We will review every line,” Lacuna said.
                """);
        assertThat(d.speakerOf("not fully aligned")).isEqualTo("Emilio Lacuna Jr.");
        assertThat(d.speakerOf("review every line")).isEqualTo("Emilio Lacuna Jr.");
    }

    @Test
    void aNicknameInMarksAfterAFullNameBeforeTheVerbLeavesTheNameToSpeak() {
        Detected d = Detected.in("""
                Coalition will last, premier says

                Nepal’s Prime Minister Ram Bahadur Thapa “Badal” said on Saturday that the coalition would serve its full term.
                """);
        assertThat(d.speakerOf("the coalition would serve its full term")).isEqualTo("Ram Bahadur Thapa");
        assertThat(d.texts()).doesNotContain("Badal");
    }

    @Test
    void malayTitlesOfHonourBeforeANameAreNeitherNameNorOffice() {
        Detected d = Detected.in("""
                Reform agenda intact, PM says

                KUALA LUMPUR - Prime Minister Datuk Seri Azlan Hashim said criticism from his own party showed the reforms were alive.

                Azlan said the law must be respected.
                """);
        assertThat(d.speakerOf("the reforms were alive")).isEqualTo("Azlan Hashim");
        assertThat(d.speakerOf("the law must be respected")).isEqualTo("Azlan Hashim");
        assertThat(d.speakerNamed("Azlan Hashim").roles()).containsExactly("Prime Minister");
    }

    @Test
    void aSportsPositionAfterTheTeamIsTheRoleOfThePlayerJustQuoted() {
        Detected d = Detected.in("""
                Everyone must contribute, says Marsh

                Northland skipper and opener, Callum Marsh, who scored 143 in the second innings, was disappointed with his team.

                "If we want to win this series, we need everyone to chip in," Marsh said after the match.

                "We were not good enough over five days to win," said the Northland opener.
                """);
        assertThat(d.speakerOf("We were not good enough")).isEqualTo("Callum Marsh");
    }

    @Test
    void aSourceOfABodyIsTheSourceNotTheBody() {
        Detected d = Detected.in("""
                Club defends record on coaches

                Asked about the club's many coaches, the majority shareholder of Harbour Rovers said the others had all left by mutual agreement.
                """);
        assertThat(d.speakerOf("left by mutual agreement")).isEqualTo("The majority shareholder of Harbour Rovers");
    }

    @Test
    void aSenatorIsNoManUntilTheStorySaysSo() {
        Detected d = Detected.in("""
                Senator backs new committee chair

                Senator Liwayway Dimaculangan said she would keep working on the flood probe and backed Senate President Pro Tempore Anselmo Ocampo as chair.

                She said the hearings on the dikes would go on.
                """);
        assertThat(d.speakerOf("hearings on the dikes")).isEqualTo("Liwayway Dimaculangan");
    }

    @Test
    void aResidentNamedOnlyByAKnownGivenNameIsWhomASheStandsFor() {
        Detected d = Detected.in("""
                Neighbours in shock after stabbing

                A woman was taken to hospital after a stabbing on Elm Close on Sunday, police said.

                Heather has lived beside the house for a decade.

                "The only noise we would hear was the children playing," she said.
                """);
        assertThat(d.speakerOf("children playing")).isEqualTo("Heather");
    }

    @Test
    void aWeekdayAfterAGivenNameEndsTheNameOnlyAMonthIsASurname() {
        Detected d = Detected.in("""
                Health officer warns of new clusters

                Provincial health officer Dr. Henry said three clusters had been linked to weddings.

                “There are a number of people who have been exposed at those events,” said Henry Tuesday.
                """);
        assertThat(d.speakerOf("a number of people")).isEqualTo("Henry");
    }

    @Test
    void willOpeningAQuestionIsTheVerbNotAGivenName() {
        Detected d = Detected.in("""
                Will Dutton own the result?

                Mr Dutton says he is focused on families in the outer suburbs.

                Will Hartley, the party's campaign director, said the final polls were close.
                """);
        assertThat(d.speakerOf("focused on families")).isEqualTo("Dutton");
        assertThat(d.speakerOf("the final polls")).isEqualTo("Will Hartley");
    }

    @Test
    void aSharedSurnameStaysWithTheStorysSubjectAfterARelativeIsNamed() {
        Detected d = Detected.in("""
                Nothing to fear from the prime minister, says Harcourt

                Opposition leader Delia Harcourt is playing down the government's lead in the polls.

                Speaking to reporters, Harcourt said the figures did not show a swing. "People will turn to us," Harcourt said.

                Harcourt said much of her childhood was spent on a farm where her father, Sir Edwin Harcourt, bred horses.

                "I learned early that nothing comes easily," Harcourt said.
                """);
        assertThat(d.speakerOf("nothing comes easily")).isEqualTo("Delia Harcourt");
    }

    @Test
    void theWelshApIsPartOfTheNameButTheAgencyInCapitalsIsNot() {
        Detected d = Detected.in("""
                Party leader rejects minister's comparison

                Plaid Cymru leader Gruffydd ap Rhys said the comparison was an insult to voters.

                “We are worlds apart from them,” Gruffydd ap Rhys said.

                The figures could not be independently checked, reports the AP.
                """);
        assertThat(d.speakerOf("We are worlds apart")).isEqualTo("Gruffydd ap Rhys");
        assertThat(d.speakerOf("could not be independently checked")).isEqualTo("AP");
    }

    @Test
    void aGenerationAfterACommaBelongsToTheName() {
        Detected d = Detected.in("""
                Central bank may cut rates again

                Central bank Governor Ramon T. Villacorta, Jr. said the bank could cut rates again in December.

                “We are in a comfortable zone,” Mr. Villacorta said.
                """);
        assertThat(d.speakerOf("could cut rates again")).isEqualTo("Ramon T. Villacorta Jr.");
        assertThat(d.speakerOf("We are in a comfortable zone")).isEqualTo("Ramon T. Villacorta Jr.");
    }
}
