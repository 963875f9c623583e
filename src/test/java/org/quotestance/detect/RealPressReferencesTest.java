package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who "he", "the company" and an office stand for when real copy names them in its own way: an office
 * whose portfolio sits in its own commas before the name, a span of time that opens a sentence, listed
 * portfolios before "Minister", an office written out in lower case over listed fields, a company that
 * reports about "it", a relative clause with no commas, and names that only ever stand in a place phrase.
 * Each test is on a story written for it.
 */
class RealPressReferencesTest {
    @Test
    void anOfficesPortfolioInItsOwnCommasComesBeforeTheName() {
        Detected d = Detected.in("""
                Airline apologises over removed passenger

                The Group Manager, Marketing and Communication, Obiora Ekwueme, in a press statement posted on their Twitter page on Saturday, addressed the unfortunate incident as inappropriate.

                He said, “We wish to inform the public about an incident on our evening flight.”
                """);
        assertThat(d.speakerOf("We wish to inform the public")).isEqualTo("Obiora Ekwueme");
    }

    @Test
    void daysBeforeSomethingIsATimeNotAPerson() {
        Detected d = Detected.in("""
                Bishop stays away from installation

                Bishop Colm Ferriter did not attend the service.

                Days before the installation, Ferriter had written an open letter, saying that critics of the archbishop could find a home in his diocese.
                """);
        assertThat(d.speakerOf("critics of the archbishop")).isEqualTo("Colm Ferriter");
    }

    @Test
    void aHeadOfDepartmentNamedByListedPortfoliosSpeaks() {
        Detected d = Detected.in("""
                Festival opens with big screen

                Zodwa Mkhize, HOD of Sport, Recreation, Arts and Culture, says: "The screening on Sunday is a rehearsal for next year."
                """);
        assertThat(d.speakerOf("rehearsal for next year")).isEqualTo("Zodwa Mkhize");
    }

    @Test
    void listedPortfoliosBeforeMinisterAreTheRoleOfTheNameAfterIt() {
        Detected d = Detected.in("""
                Cabinet decision due soon

                The president has already decided on the cabinet, according to Chief Maritime, Fisheries and Ports Minister Wiranto Adi Santoso.

                The coordinating minister for maritime, fisheries and ports affairs pointed out that the president would speak on Friday.
                """);
        assertThat(d.speakerOf("already decided on the cabinet")).isEqualTo("Wiranto Adi Santoso");
        assertThat(d.speakerOf("would speak on Friday")).isEqualTo("Wiranto Adi Santoso");
    }

    @Test
    void aNameThatReportsAboutItIsTheCompanyLaterQuoted() {
        Detected d = Detected.in("""
                Electronics maker confirms breach

                Kestrona said it was hit by a breach of its customer records in July.

                It is working with the police. "We regret any inconvenience this may cause," the company said in an email to customers.
                """);
        assertThat(d.speakerOf("We regret any inconvenience")).isEqualTo("Kestrona");
    }

    @Test
    void aRelativeClauseWithoutCommasLeavesTheSubjectBeforeIt() {
        Detected d = Detected.in("""
                New commissioner vows to end raids

                Regional Commissioner Abdi Farah has taken over the region.

                Farah who was accompanied by all the deputy commissioners from the region during the briefing said Samburu was largely calm.
                """);
        assertThat(d.speakerOf("Samburu was largely calm")).isEqualTo("Abdi Farah");
    }

    @Test
    void heIsNoNameThatOnlyStandsInAPlacePhrase() {
        Detected d = Detected.in("""
                New commissioner vows to end raids

                Regional Commissioner Abdi Farah has taken over the region.

                The worst raids were in the area where Lolokwe Wildlife Conservancy is located.

                "We will use drones to follow the raiders," he said.
                """);
        assertThat(d.speakerOf("We will use drones")).isEqualTo("Abdi Farah");
    }

    @Test
    void aCapitalisedOfficeAfterSaysIsTheRoleOfTheNameAfterItsComma() {
        Detected d = Detected.in("""
                Province rejects hospital takeover

                The two hospitals are provincial institutions and work properly, says Northern Cape Minister of Health, Thabo Mokoena.
                """);
        assertThat(d.speakerOf("provincial institutions")).isEqualTo("Thabo Mokoena");
    }

    @Test
    void accordingToAnOfficeAndTheNameInItsCommasTheClauseFollowsTheName() {
        Detected d = Detected.in("""
                Police units to merge

                According to Minister of National Security, Hon. Peter Banton, this forms part of a policy response to crime.
                """);
        assertThat(d.speakerOf("policy response to crime")).isEqualTo("Peter Banton");
        assertThat(d.texts()).contains("this forms part of a policy response to crime");
    }

    @Test
    void aKenyanCabinetSecretaryIsTheCsLater() {
        Detected d = Detected.in("""
                Interior CS Mwangi Karanja: Why I have had sleepless nights

                Interior CS Mwangi Karanja visited the forest on Monday.

                The CS revealed that more graves would be dug in the coming weeks.
                """);
        assertThat(d.speakerOf("more graves would be dug")).isEqualTo("Mwangi Karanja");
    }

    @Test
    void anOfficeMisspeltWithoutItsPluralIsStillTheOfficeOfTheLede() {
        Detected d = Detected.in("""
                Visitors see the real situation, says minister

                Foreign Affairs Minister Professor R.K Wijesena said that most foreign visitors had found the situation better than reported.

                Another politician, Asanka Perera, said the visits were welcome.

                “All of the delegations have seen the development for themselves,” the Foreign Affair Minister said at a briefing today.
                """);
        assertThat(d.speakerOf("All of the delegations")).isEqualTo("R.K Wijesena");
    }

    @Test
    void anOfficeJoinedToALowerCaseOneBeforeTheNameInCommasIsItsRole() {
        Detected d = Detected.in("""
                Islands back neighbour's bid

                Cook Islands Prime Minister and chairman of the Pacific Reef Group, Josaia Tuilagi, has revealed that the Cook Islands will support the bid.

                “We will support what you have discussed,” the Prime Minister said.
                """);
        assertThat(d.speakerOf("We will support what")).isEqualTo("Josaia Tuilagi");
    }

    @Test
    void aNameThenItsOfficeWithoutTheClosingCommaIsTheSubject() {
        Detected d = Detected.in("""
                Assembly to finish its programmes

                Tarkwa (WR), Sept 27. GNA - Mr. Kofi Mensah, District Chief Executive for Tarkwa has stated that the assembly will finish its programmes before it dissolves.
                """);
        assertThat(d.speakerOf("the assembly will finish")).isEqualTo("Kofi Mensah");
    }

    @Test
    void anIndianChiefMinisterIsTheCmOfTheHeadline() {
        Detected d = Detected.in("""
                Will hand over blast case if needed, says Kerala CM Pinarayan

                Kochi: Kerala Chief Minister Pinarayan said the state government had taken the blast seriously.

                “Party workers brought us to power in the state,” the CM said on Saturday.
                """);
        assertThat(d.speakerOf("Party workers brought us")).isEqualTo("Pinarayan");
    }

    @Test
    void twoOfficesJoinedByAndAfterSaidBelongToTheNameThatFollows() {
        Detected d = Detected.in("""
                President wants restraint from ministers

                President Alain Bersot says he wishes ministers would be quieter before votes.

                “It would certainly be good if the councillors appeared united,” said Swiss President and Home Affairs Minister Bersot in an interview with the radio.
                """);
        assertThat(d.speakerOf("appeared united")).isEqualTo("Alain Bersot");
    }

    @Test
    void aParticipleWithoutItsCommaThenANameAndItsOfficeLeaveTheNameAsSubject() {
        Detected d = Detected.in("""
                No outbreak in the country, says minister

                Speaking to the media Sarah Opondo, the State Minister for Health for General Duties said the public should disregard the reports.
                """);
        assertThat(d.speakerOf("disregard the reports")).isEqualTo("Sarah Opondo");
    }

    @Test
    void hisMajestyIsTheMonarchNamedInTheLede() {
        Detected d = Detected.in("""
                Sultan urges fairness from new cabinet

                BANDAR SERI BEGAWAN – His Majesty Sultan Haji Omar Saifuddin chaired the first meeting of his new cabinet on Monday.

                Minister Awang Rahim attended the meeting.

                His Majesty said the role of ministers is to give advice, not to run minor errands.
                """);
        assertThat(d.speakerOf("the role of ministers")).isEqualTo("Sultan Haji Omar Saifuddin");
    }

    @Test
    void anOccasionsNameIsNoOneAPronounStandsFor() {
        Detected d = Detected.in("""
                Security tight for memorial day: police chief

                Police Commissioner Rafiqul Karim said security had been tightened ahead of National Mourning Day.

                Thousands will gather to mark National Mourning Day on Tuesday.

                He said police were monitoring social media round the clock.
                """);
        assertThat(d.speakerOf("monitoring social media")).isEqualTo("Rafiqul Karim");
    }

    @Test
    void aStreetsNameIsNoOneAPronounStandsFor() {
        Detected d = Detected.in("""
                Crash closes road

                Inspector Daniel Whitlow said the crash happened shortly after midnight.

                The wreckage blocked Mersey Road for six hours.

                “It was a miracle nobody died,” he said.
                """);
        assertThat(d.speakerOf("It was a miracle")).isEqualTo("Daniel Whitlow");
    }

    @Test
    void aCountryWhoseLastWordIsAlsoAVerbStaysInTheRoleBeforeTheName() {
        Detected d = Detected.in("""
                Envoy skips news conference

                United States Ambassador Elizabeth Rowan didn't attend the news conference, saying she was on leave outside the country.
                """);
        assertThat(d.speakerOf("on leave outside the country")).isEqualTo("Elizabeth Rowan");
    }

    @Test
    void anOutletCitedByOneWordIsNoOneALaterHeStandsFor() {
        Detected d = Detected.in("""
                Minister urges partners to send generators

                Following overnight strikes, Foreign Minister Petro Hnatyuk called on partners to send energy support.

                The minister made the statement on social media, according to Dniprinform.

                "Energy infrastructure all across our country has been under attack overnight," he noted.
                """);
        assertThat(d.speakerOf("under attack overnight")).isEqualTo("Petro Hnatyuk");
    }

    @Test
    void aSurnameCitedAloneWithAWhoClauseIsStillAPerson() {
        Detected d = Detected.in("""
                Vote set

                According to Kessler, who chairs the finance committee, the vote will be held in March.

                He said the timing was right.
                """);
        assertThat(d.speakerOf("timing was right")).isEqualTo("Kessler");
    }

    @Test
    void aNameInsideAnOpeningSettingIsNoPersonTheRoleAfterItDescribes() {
        Detected d = Detected.in("""
                Minister doubts asylum bill

                Asylum minister Joris de Waal said there was a big problem with the bill.

                In an interview with current affairs show Brandpunt, the VVD minister said he was not hopeful.
                """);
        assertThat(d.speakerOf("not hopeful")).isEqualTo("Joris de Waal");
    }

    @Test
    void anAcronymInsideASentenceIsABodyTheAgencyCanPointBackTo() {
        Detected d = Detected.in("""
                Pilots to comply with subpoenas

                “The pilots intend to appear for their interviews,” the Allied Pilots Association, the union for the airline's pilots, said in a statement.

                The NTSB is seeking recorded interviews with the crew. The agency said it had tried to interview them three times.
                """);
        assertThat(d.speakerOf("tried to interview them")).isEqualTo("NTSB");
    }

    @Test
    void heSkipsAnUnconfirmedCapitalisedPairThatOpenedTheSentenceBefore() {
        Detected d = Detected.in("""
                Satellite venture needs more money

                Chairman Sunil Varma said the group would keep investing in satellites.

                Varma was speaking after the launch of 36 more satellites. Orbit-backed SkyNet is competing with larger rivals in the space internet sector.

                He added that the venture should break even within two years.
                """);
        assertThat(d.speakerOf("break even within two years")).isEqualTo("Sunil Varma");
    }

    @Test
    void guardAGivenNameFromTheListMakesThePairBeforeHeAPerson() {
        Detected d = Detected.in("""
                River rises past flood mark

                The river passed its flood mark at dawn, the water board said.

                Olufemi Adeyemi watched the water climb the steps of his shop.

                He said the levee had held for twenty years.
                """);
        assertThat(d.speakerOf("the levee had held")).isEqualTo("Olufemi Adeyemi");
    }

    @Test
    void aRegionAfterACompassWordIsAPlaceNotTheHeOfTheNextQuote() {
        Detected d = Detected.in("""
                Floods force hundreds from their homes

                Rains flooded villages below the volcano on Sunday. Disaster agency officer Budi Santoso said the water was still rising.

                West Sumatra noted that 204 residents had fled to higher ground.

                “We are preparing evacuation centres for residents,” he said.
                """);
        assertThat(d.speakerOf("preparing evacuation centres")).isEqualTo("Budi Santoso");
    }
}
