package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers that government, police and business copy names through something else: a statement or a news
 * release, a capitalised generic word ("The Ministry said"), an office joined to another by "and", an initial
 * for a given name. Each test is on a story written for it.
 */
class RealPressIssuersTest {
    @Test
    void theStatementSpeaksForTheBodyItCameFromNotForTheAgencyThatReportedIt() {
        Detected d = Detected.in("""
                Envoy summoned over attacks on missions

                The Norland ambassador was summoned to the Varesian Foreign Ministry late on Thursday, according to a statement from the Varesian ministry, the Baltic Wire agency reported.

                The statement said that Varesian offices abroad had come under a number of attacks in recent days.

                The statement also said the ambassador was asked to convey the government's concern to his capital.
                """);
        assertThat(d.speakerOf("Varesian offices abroad")).isEqualTo("Varesian Foreign Ministry");
        assertThat(d.speakerOf("the ambassador was asked")).isEqualTo("Varesian Foreign Ministry");
    }

    @Test
    void theStatementSpeaksForWhoeverSaidSomethingInAStatementBefore() {
        Detected d = Detected.in("""
                Harbour board defends budget

                The Harbour Board said in a statement on Monday that the new cranes would be delivered in May.

                Weather in the port was calm for most of the week, and ferries ran to schedule.

                The statement said the board would publish its accounts before the end of the year.
                """);
        assertThat(d.speakerOf("publish its accounts")).isEqualTo("Harbour Board");
    }

    @Test
    void aCapitalisedGenericBodyWordPointsBackToTheBodyNamedBefore() {
        Detected d = Detected.in("""
                Ministry rejects claims over island

                KESTREL CITY, 6th May, 2024 (KNA) -- The Kestrel Ministry of Foreign Affairs and Cooperation has expressed surprise at the claims.

                The Ministry said the country is fully aware of the role played by the militias.

                Within this context, the country is playing a balanced role on the island, said the ministry citing the opening of new clinics there.
                """);
        assertThat(d.speakerOf("fully aware of the role")).isEqualTo("Kestrel Ministry of Foreign Affairs and Cooperation");
        assertThat(d.speakerOf("playing a balanced role")).isEqualTo("Kestrel Ministry of Foreign Affairs and Cooperation");
        assertThat(d.texts()).noneMatch(t -> t.contains("citing"));
    }

    @Test
    void titlesJoinedByAndBeforeTheNameOfAClosingCueAreOneSpeakerPhrase() {
        Detected d = Detected.in("""
                Dam reaches final stage, says minister

                The dam has reached its final stage through the united effort of the people, Deputy Prime Minister and Foreign Minister Tesfaye Alemu said.

                The work has been supported by citizens in every region, the deputy premier and foreign minister stated.
                """);
        assertThat(d.speakerOf("reached its final stage")).isEqualTo("Tesfaye Alemu");
        assertThat(d.speakerOf("supported by citizens")).isEqualTo("Tesfaye Alemu");
    }

    @Test
    void anOfficeJoinedToAnAcronymByAndIsTheRoleOfThePersonItEndsWith() {
        Detected d = Detected.in("""
                Advisers split over cancelled deals

                Earlier, LGRD and Cooperatives Adviser Asif Mahmud Rana shared the list, claiming ten agreements were cancelled.
                """);
        assertThat(d.speakerOf("ten agreements were cancelled")).isEqualTo("Asif Mahmud Rana");
    }

    @Test
    void aNameWithAnInitialIsTheSamePersonAsTheFullNameLaterAndTakesIt() {
        Detected d = Detected.in("""
                Party leader's remark draws fire

                Party leader D Raghavendra said that if her workers 'spit', the state cabinet will be 'swept away'.

                Starting a row, General Secretary Devika Raghavendra said on Thursday that the cabinet would fall at the next election.

                Ambassador Selam spoke at the same rally. Ambassador Selam Tadesse said the region needed calm.
                """);
        assertThat(d.speakerOf("if her workers")).isEqualTo("Devika Raghavendra");
        assertThat(d.speakerOf("the cabinet would fall")).isEqualTo("Devika Raghavendra");
        assertThat(d.speakerOf("the region needed calm")).isEqualTo("Selam Tadesse");
    }

    @Test
    void aShortNameMetFirstIsTheStartOfTheLongerNameThatFollows() {
        Detected d = Detected.in("""
                Advisers differ over deals

                Foreign Adviser Karim Hossain disagreed with what his colleague Adviser Asif Mahmud shared online.

                Earlier, Cooperatives Adviser Asif Mahmud Shojib Rana shared the list, claiming ten agreements were cancelled.

                "The discussion began long ago," Adviser Asif said on Tuesday.
                """);
        assertThat(d.speakerOf("ten agreements were cancelled")).isEqualTo("Asif Mahmud Shojib Rana");
        assertThat(d.speakerOf("The discussion began long ago")).isEqualTo("Asif Mahmud Shojib Rana");
    }

    @Test
    void aBareRoleACommaAndAFullNameAfterTheCueIsThatPerson() {
        Detected d = Detected.in("""
                Plumbing plant to close

                The Mansfield fixtures plant will close in the autumn, workers learned on Monday.

                "As of right now the company gave us 90 days notice," says union president, Darrell Bush.

                "This was not our fault," said line worker, Joe Wilkerson.
                """);
        assertThat(d.speakerOf("90 days notice")).isEqualTo("Darrell Bush");
        assertThat(d.speakerOf("not our fault")).isEqualTo("Joe Wilkerson");
    }

    @Test
    void theCompanyIsTheAirlineTheLedeNamesAndCommentedIsACue() {
        Detected d = Detected.in("""
                Harbor Airlines shares fall after forecast cut

                Shares of Harbor Airlines fell more than 8% on Wednesday after the company warned that it expects earnings to decline this quarter.

                "The guidance looked ambitious," analysts at Evercore ISI noted in a report.

                "The strategy clearly needs some time to work," analysts at Jefferies commented in a note, moving the stock from "buy" to "hold."
                """);
        assertThat(d.speakerOf("expects earnings to decline")).isEqualTo("Harbor Airlines");
        assertThat(d.speakerOf("needs some time to work")).isEqualTo("Analysts at Jefferies");
        assertThat(d.texts(QuoteKind.PARTIAL)).doesNotContain("buy", "hold");
    }

    @Test
    void aCountryNameBeforeAKnownSurnameIsNoPartOfTheName() {
        Detected d = Detected.in("""
                Minister back from regional tour

                The talks went well, Foreign Minister Kemal Arslanoğlu said on the plane home.

                Elaborating on his talks in Israel and Palestine Arslanoğlu said, "We evaluated all dimensions of the relationship."

                Mumtaz Zahra Baloch, spokesperson of Pakistan MoFA said the visit was useful.
                """);
        assertThat(d.speakerOf("We evaluated all dimensions")).isEqualTo("Kemal Arslanoğlu");
        assertThat(d.speakerOf("the visit was useful")).isEqualTo("Mumtaz Zahra Baloch");
    }

    @Test
    void aRadioProgrammesTitleInSentenceCaseIsNoQuoteAndATimeClauseOpensAReport() {
        Detected d = Detected.in("""
                Police reject claims

                Speaking on Harbour Radio’s “Law and the people” programme yesterday, Ms. Banda said at the time the leader ran into the bush, police had moved in to disperse the cadres.

                She said regulating officers informed her office that the party was not scheduled to be in that area.
                """);
        assertThat(d.texts()).doesNotContain("Law and the people");
        assertThat(d.speakerOf("at the time the leader ran")).isEqualTo("Banda");
        assertThat(d.texts()).anyMatch(t -> t.startsWith("regulating officers informed her office"));
        assertThat(d.speakerOf("regulating officers informed her office")).isEqualTo("Banda");
    }

    @Test
    void oneScientistNamedByTheFieldSpeaksAfterAnInvertedCue() {
        Detected d = Detected.in("""
                Road crew finds fossils

                Workers digging a new substation found more than a thousand fossils, the county said.

                “And we’re still counting,” says one paleontologist. “If somebody had asked me,” says one geologist, “I would have said very little.”
                """);
        assertThat(d.speakerOf("still counting")).isEqualTo("One paleontologist");
        assertThat(d.speakerOf("I would have said very little")).isEqualTo("One geologist");
    }

    @Test
    void anAgencyCreditedAfterAClosingCueIsNeitherTheSpeakerNorPartOfTheReport() {
        Detected d = Detected.in("""
                Oil output holds steady, minister says

                Oil and gas production was not stopped in Varesia, Varesian Minister of Energy Magzum Oralov said, Steppe Wire reports on Jan. 7.

                Many Varesians have converted their cars to run on gas. But the government argued that the low price was unsustainable.
                """);
        assertThat(d.texts()).contains("Oil and gas production was not stopped in Varesia");
        assertThat(d.speakerOf("Oil and gas production was not stopped")).isEqualTo("Magzum Oralov");
        assertThat(d.texts()).noneMatch(t -> t.contains("Steppe Wire"));
        assertThat(d.speakerOf("the low price was unsustainable")).isNotEqualTo("Varesians");
    }

    @Test
    void aLongOfficeWithCommasAndAndBeforeTheNameIsAllTheRoleAndTheOfficeNamesThePersonLater() {
        Detected d = Detected.in("""
                Priority list welcomed

                The Government has welcomed the release of the 2021 list.

                Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development Michael Carmody said the list couples with the recovery.

                “The list drew on 124 new submissions,” the Deputy Prime Minister said.
                """);
        assertThat(d.speakerOf("124 new submissions")).isEqualTo("Michael Carmody");
        assertThat(d.speakerNamed("Michael Carmody").roles())
                .contains("Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development");
    }

    @Test
    void aReportAfterButWithItsOwnSubjectAndCueEndsTheFirstReport() {
        Detected d = Detected.in("""
                Council passes budget

                Several residents told the council that they believed it was not listening to their concerns, but some council members said more funding and community programmes were not mutually exclusive.

                No deaths had been confirmed, they said. Those on night shifts slept less, a sign of how the body responds to stress, the study said.
                """);
        assertThat(d.texts()).contains("they believed it was not listening to their concerns");
        assertThat(d.speakerOf("more funding and community programmes")).isEqualTo("Some council members");
        assertThat(d.texts()).contains("No deaths had been confirmed",
                "Those on night shifts slept less, a sign of how the body responds to stress");
    }

    @Test
    void aNameBeforeARelativeClauseSpeaksNotThePersonTheClauseMentions() {
        Detected d = Detected.in("""
                Mosque opens doors

                Paddy Hayes, who came with his wife, Stephanie, said: “I was invited by a colleague.”
                """);
        assertThat(d.speakerOf("I was invited by a colleague")).isEqualTo("Paddy Hayes");
    }

    @Test
    void aNameWrittenWithAndWithoutAccentsIsOnePersonNamedWithThem() {
        Detected d = Detected.in("""
                Governor speaks

                Governor Carlos Joaquín González visited the town on Monday.

                “We will improve security,” Carlos Joaquin Gonzalez said.

                Gonzalez said the town is growing.
                """);
        assertThat(d.speakerOf("We will improve security")).isEqualTo("Carlos Joaquín González");
        assertThat(d.speakerOf("the town is growing")).isEqualTo("Carlos Joaquín González");
        assertThat(d.detection.speakers()).filteredOn(sp -> sp.name().startsWith("Carlos")).hasSize(1);
    }

    @Test
    void aNameInsideAnOpeningParticiplePhraseTakesNoAppositionFromTheSubjectAfterIt() {
        Detected d = Detected.in("""
                Raids in the province

                Interior Minister Rana Saleem on Wednesday said the police have arrested 1,700 workers.

                Speaking about the marchers coming from the north led by Imran Qadir, the interior minister, in a sarcastic tone, said that the government was ready to welcome them.

                He said a strategy had already been in place.
                """);
        assertThat(d.speakerOf("ready to welcome them")).isEqualTo("Rana Saleem");
        assertThat(d.speakerOf("a strategy had already been in place")).isEqualTo("Rana Saleem");
    }

    @Test
    void aPastVerbRightAfterABodysNameEndsTheSpeakerPhrase() {
        Detected d = Detected.in("""
                Hospital misses target

                A spokesman for the Department for Health rubbished the leaked report.

                He said: “We do not recognise these figures.”
                """);
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().contains("rubbished"));
    }

    @Test
    void theLastWordOfAPapersNameStandsForItAndReportedTakesAClauseWithoutThat() {
        Detected d = Detected.in("""
                Merger under review

                The Harbour Street Journal covered the merger talks on Monday.

                Shares fell 4 percent after the Journal reported the department’s antitrust division is preparing for litigation.

                Police reported the crash to the coroner.
                """);
        assertThat(d.speakerOf("antitrust division is preparing")).isEqualTo("Harbour Street Journal");
        assertThat(d.texts()).noneMatch(t -> t.contains("the crash"));
    }

    @Test
    void theMinisterIsNotTheManHisQuoteNamesBySurname() {
        Detected d = Detected.in("""
                Minister back from tour

                The talks went well, Foreign Minister Kemal Arslan said on the plane home.

                Arslan said the two countries will discuss ambassadors during Israeli Foreign Minister Yair Lapid’s visit.

                “Lapid is a politician who believes in a two-state solution,” the minister said.
                """);
        assertThat(d.speakerOf("Lapid is a politician")).isEqualTo("Kemal Arslan");
    }

    @Test
    void aStatementIssuedWithAParticipleSpeaksForItsIssuer() {
        Detected d = Detected.in("""
                Ministry voices concern over border clashes

                The Tajikistan Foreign Ministry issued a statement expressing concern over the clashes on the border. "Tajikistan is deeply concerned about events in the valley," the statement said.
                """);
        assertThat(d.speakerOf("deeply concerned about events")).isEqualTo("Tajikistan Foreign Ministry");
    }

    @Test
    void aStatementSignedBySomeoneOnADaySpeaksForTheSignerNotForDrCongo() {
        Detected d = Detected.in("""
                No Ebola cases in the country, says service

                Reports claimed cases had been recorded here after the outbreak in DR Congo.

                “We want to state that the report is false,” a statement signed by Director-General Kwesi Ofori-Atta on Monday said.
                """);
        assertThat(d.speakerOf("the report is false")).isEqualTo("Kwesi Ofori-Atta");
    }

    @Test
    void aStatementIssuedByAnOfficeAndTheNameInItsCommasSpeaksForThatPerson() {
        Detected d = Detected.in("""
                Ministry condemns attack on reporters

                A statement issued by the Head of Public Relations of the Ministry, Ama Owusu, and copied to the Weekly Times yesterday, said the miners had destroyed farms.

                “It is with great concern that we address the attack,” the statement said.
                """);
        assertThat(d.speakerOf("great concern")).isEqualTo("Ama Owusu");
    }

    @Test
    void theChannelAndItsParticipleBetweenTheBodyAndTheCueAreNoPartOfTheSpeaker() {
        Detected d = Detected.in("""
                Police deny arresting reporters

                The police in a statement issued on Wednesday said the reports are erroneous.
                """);
        assertThat(d.speakerOf("the reports are erroneous")).isEqualTo("The police");
    }

    @Test
    void anAdvisoryThatSpeaksAsItSpeaksForTheBodyThatIssuedIt() {
        Detected d = Detected.in("""
                Ministry warns foreign workers

                The Ministry of Labour issued an advisory on Monday to foreign workers living in Carrowmore.

                The advisory was posted on the ministry's Facebook page and sent out on its Telegram channel.

                The advisory comes with a note about the tensions abroad.

                It also says that workers should "not let events overseas affect the peace at home".
                """);
        assertThat(d.speakerOf("not let events overseas")).isEqualTo("Ministry of Labour");
    }

    @Test
    void aServiceWhereWordsArePostedIsNoOneWhoSpeaks() {
        Detected d = Detected.in("""
                DOL sends advisory on flooding to workers in Carrowmore

                The notice was sent directly to users of the WorkPass App, as well as posted on Facebook and Telegram.

                Carrowmore's Department of Labour issued an advisory on Nov. 2 to workers living in Carrowmore.

                The advisory was posted on the DoL Facebook page.

                It was also sent out on DoL's Telegram channel.

                Urging readers to remain calm, it also says that workers should "not let the floods affect the peace at home".
                """);
        assertThat(d.speakerOf("not let the floods")).isNotEqualTo("Telegram");
        assertThat(d.detection.speakers()).noneMatch(sp -> sp.name().contains("Telegram") || sp.name().contains("Facebook"));
    }

    @Test
    void aBodyWritingInTheStatementIsItsIssuerNotTheMinisterItNames() {
        Detected d = Detected.in("""
                Ministry denies reporters were turned away

                In a statement issued on Monday, Minister Thandi Mokoena said interviews had been shared between two channels because of time limits.

                A second channel said it had been asked to leave the launch at the minister's request.

                The Ministry in the statement denied this, saying the Minister “did not ask any reporter to leave”.

                The statement said reporters from every channel were welcome at the next launch.
                """);
        assertThat(d.speakerOf("did not ask any reporter to leave")).isEqualTo("Ministry");
    }

    @Test
    void aReleaseOpeningTheSentenceIsTheSubjectsAfterIt() {
        Detected d = Detected.in("""
                No cruise ship due, ministry says

                Health Minister Carlton Reid said on Saturday that crew members would be tested on arrival.

                In a release on Sunday afternoon, the Ministry of Health referred to its earlier statement on the ship.

                The release said talks on bringing the crew home were still going on.
                """);
        assertThat(d.speakerOf("talks on bringing the crew home")).isEqualTo("Ministry of Health");
    }

    @Test
    void theOneWhoSignedAStatementSpeaksInIt() {
        Detected d = Detected.in("""
                Cholera alert as rains set in

                The Coastal Health Service has warned districts to prepare for the rainy season.

                A statement signed by the Director-General of the service, Dr. Ama Boateng, indicated an outbreak was likely in three districts.

                The statement maintained that the disease could be prevented by clean water and hand washing.
                """);
        assertThat(d.speakerOf("could be prevented by clean water")).isEqualTo("Ama Boateng");
    }
}
