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

    @Test
    void anOpeningParticipleClauseIsNotTheSubject() {
        Detected d = Detected.in("""
                “The checkpoint will stay shut,” said border guard chief Mikko Salo. “For now.”

                Asked whether she expected the crossing to reopen before the winter, Ms. Liisa Aalto was blunt.

                “No,” she said.
                """);
        assertThat(d.speakerOf("No")).isEqualTo("Liisa Aalto");
    }

    @Test
    void aPronounAfterAReportedClauseGoesBackToTheSentenceBefore() {
        Detected d = Detected.in("""
                “Prices will rise,” said Petra Lund, an economist at Nordbank. “They always do.”

                Defence minister Karin Holm was more cautious. The four countries would buy together, she said.

                “If we compete with each other, only the price goes up,” she said.
                """);
        assertThat(d.speakerOf("only the price goes up")).isEqualTo("Karin Holm");
    }

    @Test
    void bareAnswersInARapidExchangeAlternate() {
        Detected d = Detected.in("""
                Defense attorney Paul Weller said his client had never seen the report. Former director Ruth Okoye \
                testified for two hours.

                “Did anyone ever tell you the bridge was unsafe?” Weller asked.

                “No. Never.”

                “If they had, what would you have done?”

                “I would have closed it that afternoon.”
                """);
        assertThat(d.speakerOf("No. Never")).isEqualTo("Ruth Okoye");
        assertThat(d.speakerOf("what would you have done")).isEqualTo("Paul Weller");
        assertThat(d.speakerOf("closed it that afternoon")).isEqualTo("Ruth Okoye");
    }

    @Test
    void transcriptLinesAreQuotesOfTheNamedPeople() {
        Detected d = Detected.in("""
                City prosecutor Carla Mendes questioned former transit director Richard Voss for an hour.

                MENDES: Your name is on this email, Mr. Voss. Did you read it?

                VOSS: I received hundreds of emails a day.

                Related: How the bridge inquiry began
                """);
        assertThat(d.speakerOf("Did you read it")).isEqualTo("Carla Mendes");
        assertThat(d.speakerOf("hundreds of emails")).isEqualTo("Richard Voss");
        assertThat(d.find("How the bridge inquiry began")).isEmpty();
    }

    @Test
    void aRunInTopicBeforeReportedSpeechIsNoTranscriptLabel() {
        Detected d = Detected.in("""
                No pressure to delay the count, says commission chief

                The chairman of the electoral commission, Professor Ibrahim Danladi, spoke to reporters in Abuja on Sunday.

                Spoiled Ballots: The chairman said the share of spoiled ballots had fallen since the last vote. He said voter education had worked.

                Card Readers: He said that 300 of the 150,000 card readers had failed on the day.
                """);
        assertThat(d.speakerOf("voter education had worked")).isEqualTo("Ibrahim Danladi");
        assertThat(d.speakerOf("300 of the 150,000 card readers")).isEqualTo("Ibrahim Danladi");
    }

    @Test
    void aSourceWhoSaidIsTheSourceNotWho() {
        Detected d = Detected.in("""
                Assembly plant cuts deepen

                On Friday, the Valley Ledger quoted a source who said that dozens of managers had been let go at the plant.
                """);
        assertThat(d.speakerOf("dozens of managers")).isEqualTo("A source");
    }

    @Test
    void aSingleLabelledLineOrAnUnknownLabelIsNoTranscript() {
        Detected d = Detected.in("""
                Update: The council meets again on Monday.

                Correction: An earlier version misspelled the name of the ward.
                """);
        assertThat(d.quotes()).isEmpty();
    }

    @Test
    void aNameAndColonBeforeAQuoteInMarksAttributesIt() {
        Detected d = Detected.in("""
                Minister Raymond Holt faced presenter Alison Grieve on Monday.

                Grieve: “Can you guarantee it?”

                Holt: “No. Nobody can.”
                """);
        assertThat(d.speakerOf("guarantee it")).isEqualTo("Alison Grieve");
        assertThat(d.speakerOf("Nobody can")).isEqualTo("Raymond Holt");
    }

    @Test
    void aNameInAppositionAndAnAgeMakeAPerson() {
        Detected d = Detected.in("""
                “The front is quiet tonight,” said General Anna Vos, who commands the northern sector.

                Her husband, Piet, a civil engineer, has learned to live with the calls. “She sleeps four hours a night,” he says.

                “We have heard this before,” said Colonel Jan Smit, her deputy. Mykola, 72, lives on the ninth floor. \
                He said he had not taken the lift in a month.

                “I go down for water in the morning,” he told us.
                """);
        assertThat(d.speakerOf("She sleeps")).isEqualTo("Piet");
        assertThat(d.speakerOf("go down for water")).isEqualTo("Mykola");
    }

    @Test
    void shotBackIsACue() {
        Detected d = Detected.in("""
                “I will not announce a decision in an open hearing,” Under Secretary Tom Reardon replied.

                “That is not an answer,” Senator Harold Brandt shot back. “That is a press release.”
                """);
        assertThat(d.speakerOf("not an answer")).isEqualTo("Harold Brandt");
    }

    @Test
    void unnamedSourcesKeepTheirDescriptionAndOneOfThemSpeaksForThem() {
        Detected d = Detected.in("""
                Senate leaders are close to a deal on aid, according to two people familiar with the negotiations.

                A vote could come as early as next week, one of them said.
                """);
        assertThat(d.speakerOf("Senate leaders are close"))
                .isEqualTo("Two people familiar with the negotiations");
        assertThat(d.speakerOf("A vote could come")).isEqualTo("Two people familiar with the negotiations");
    }

    @Test
    void aLoneQuoteParagraphAfterAParagraphThatIntroducesSomeone() {
        Detected d = Detected.in("""
                “We will rebuild,” Mayor Tom Hale said on Monday. “Every street.”

                Maria Lopez, 45, a nurse, lost her home in the fire on Sunday night.

                “Everything is gone. Everything.”
                """);
        assertThat(d.speakerOf("Everything is gone")).isEqualTo("Maria Lopez");
    }

    @Test
    void anOfficeInTheLedeIsThePersonNamedWithItLater() {
        Detected d = Detected.in("""
                Grain talks made little progress on Tuesday, Sweden’s foreign minister said.

                “We came to talk about ships,” said Tomas Lindqvist, the Swedish foreign minister.

                A senior official said the talks would resume. “Nobody walked out,” said Anna Berg, a senior official \
                at the ministry.
                """);
        assertThat(d.speakerOf("little progress")).isEqualTo("Tomas Lindqvist");
        assertThat(d.speakerOf("talks would resume")).isEqualTo("A senior official");
    }

    @Test
    void theNameInAppositionToANominalSubjectSpeaksForAParticiple() {
        Detected d = Detected.in("""
                The health minister, Raymond Holt, has refused to rule out closures, telling the programme that \
                hospitals must plan for the worst.
                """);
        assertThat(d.speakerOf("hospitals must plan")).isEqualTo("Raymond Holt");
    }

    @Test
    void aLoneQuoteParagraphAfterANarrativeParagraphAboutSomeone() {
        Detected d = Detected.in("""
                The ferry company said the ship needed repairs. “We will not sail an unsafe ship,” said its director, \
                Iain McLeod.

                Morag Robertson has run the café by the pier for 22 years. On a grey Monday, two tables were taken.

                “This is usually when the walkers come. Look around you. There is nobody.”

                She said bookings had halved.
                """);
        assertThat(d.speakerOf("walkers come")).isEqualTo("Morag Robertson");
        assertThat(d.speakerOf("bookings had halved")).isEqualTo("Morag Robertson");
    }

    @Test
    void anHonorificOpeningTheSentenceIsTheSubject() {
        Detected d = Detected.in("""
                Elena Kuznetsova, who studies the markets, believes the country will get through.

                “The danger is two cold winters,” she said.

                Ms Ciobanu does not dispute that. “We are not out of the woods,” she says.
                """);
        assertThat(d.speakerOf("out of the woods")).isEqualTo("Ciobanu");
    }

    @Test
    void sourcesInAPlaceAreAGroupNotAPersonNamedAfterThePlace() {
        Detected d = Detected.in("""
                Officials in Kyiv said the attack had been repelled. Analysts at Nordbank said prices would rise.
                """);
        assertThat(d.speakerOf("attack had been repelled")).isEqualTo("Officials in Kyiv");
        assertThat(d.speakerOf("prices would rise")).isEqualTo("Analysts at Nordbank");
    }

    @Test
    void anOfficeIsThePersonTheProfileIsAbout() {
        Detected d = Detected.in("""
                “Gas is the only news,” said Tudor Stan, Romania’s energy regulator.

                Victoria Ciobanu keeps a chart on her office wall. The line has been climbing all summer.

                “Every morning I look at it before I look at my phone,” the energy minister says.
                """);
        assertThat(d.speakerOf("Every morning")).isEqualTo("Victoria Ciobanu");
    }

    @Test
    void anOfficeInTheLedeIsThePersonNamedInTheNextSentence() {
        Detected d = Detected.in("""
                The city’s former transit director told a jury on Monday that he had never seen the reports.

                Richard Voss, 61, is charged with criminal negligence.
                """);
        assertThat(d.speakerOf("never seen the reports")).isEqualTo("Richard Voss");
    }

    @Test
    void aDatelineWithAColonIsNoTranscriptLine() {
        Detected d = Detected.in("""
                WASHINGTON: The Senate passed the bill on Tuesday night.

                Washington said it would respond. Read more: How the vote was won
                """);
        assertThat(d.find("The Senate passed")).isEmpty();
    }

    @Test
    void aPersonOfAnOrganisationIsThePersonNotTheOrganisation() {
        Detected d = Detected.in("""
                Harbour economist Tove Lindgren of the University of Gothenburg said the port would lose its biggest \
                customer by spring.

                Bram Olsen of Dekker & Co called the results “a relief for nobody.”

                Sen. Ruth Ames of Vermont said she would vote against the bill.
                """);
        assertThat(d.speakerOf("the port would lose")).isEqualTo("Tove Lindgren");
        assertThat(d.speakerOf("a relief for nobody")).isEqualTo("Bram Olsen");
        assertThat(d.speakerOf("she would vote against")).isEqualTo("Ruth Ames");
    }

    @Test
    void anAnalystAtAFirmIsTheAnalyst() {
        Detected d = Detected.in("""
                Pia Sandberg at Halden Securities said the shares were cheap after the fall.
                """);
        assertThat(d.speakerOf("the shares were cheap")).isEqualTo("Pia Sandberg");
    }

    @Test
    void anOfficeBeforeOfIsStillAnOffice() {
        Detected d = Detected.in("""
                Secretary of State Lena Morrow said the talks would resume on Monday.
                """);
        assertThat(d.speakerOf("the talks would resume")).isEqualTo("Lena Morrow");
    }

    @Test
    void aQuotedCrossheadBelongsToTheQuoteItRepeatsBelow() {
        Detected d = Detected.in("""
                Farmers count losses as the river keeps rising

                “We are watching the river every hour,” said council engineer Petra Voss. “It is still rising.”

                ‘Nobody asked the farmers’

                Growers downstream say the dam was opened too late. Anton Reiss, who keeps cattle near Lenz, said he \
                lost forty animals.

                “Nobody asked the farmers what the water would do to them,” Reiss said.
                """);
        assertThat(d.speakerOf("Nobody asked the farmers")).isEqualTo("Anton Reiss");
        assertThat(d.speakerOf("still rising")).isEqualTo("Petra Voss");
    }

    @Test
    void anOfficeInTheLedeIsThePersonNamedAtTheNextQuote() {
        Detected d = Detected.in("""
                The mayor of Narvik has said the town will “not be cut off again” after a second landslide closed \
                the only road south.

                About 200 cars were stuck at the barrier on Monday, according to the road authority.

                “We have a hospital on one side and a school on the other,” Sigrid Holm told reporters.
                """);
        assertThat(d.speakerOf("not be cut off again")).isEqualTo("Sigrid Holm");
        assertThat(d.speakerOf("a hospital on one side")).isEqualTo("Sigrid Holm");
    }

    @Test
    void anOfficeInTheLedeIsNotAPersonAlreadyInTheStory() {
        Detected d = Detected.in("""
                Sigrid Holm, a lorry driver from Bodø, has waited two days at the barrier.

                The mayor of Narvik has said the town will “not be cut off again” after a second landslide.

                “I have food for one more day,” Sigrid Holm said.
                """);
        assertThat(d.speakerOf("not be cut off again")).isNotEqualTo("Sigrid Holm");
    }

    @Test
    void roleNounsTheLexiconDoesNotKnowBeforeAFullNameStillLeadToTheName() {
        Detected d = Detected.in("""
                Dam opened too late, farmers say

                “We are watching the river every hour,” said council engineer Petra Voss.
                """);
        assertThat(d.speakerOf("watching the river")).isEqualTo("Petra Voss");
    }

    @Test
    void aPartyAndStateInParenthesesStaysWithTheName() {
        Detected d = Detected.in("""
                House splits over border money

                “We will not fund this,” said Rep. Lena Ortiz (D-Calif.). “Not now.”

                “It is a trap,” Sen. Walt Reyes (R-Ariz.) told reporters.

                Rep. Dana Pruitt (D-N.Y.) said she would urge colleagues to reject it.

                Rep. Carl Webb (R-Tex.), whose district runs along the border, said he would vote for the bill.
                """);
        assertThat(d.speakerOf("We will not fund this")).isEqualTo("Lena Ortiz");
        assertThat(d.speakerOf("It is a trap")).isEqualTo("Walt Reyes");
        assertThat(d.speakerOf("urge colleagues")).isEqualTo("Dana Pruitt");
        assertThat(d.speakerOf("vote for the bill")).isEqualTo("Carl Webb");
    }

    @Test
    void theCompanyIsTheBodyTheSentenceBeforeWasAbout() {
        Detected d = Detected.in("""
                Ferry fares to rise as operator blames fuel

                Fares on the island routes will rise by 9% from April, the transport board said on Monday.

                Northern Lantern Ferries, the biggest operator on the routes, had asked for 15%. The company said it was "disappointed" and would appeal.
                """);
        assertThat(d.speakerOf("disappointed")).isEqualTo("Northern Lantern Ferries");
    }

    @Test
    void aNamedUnionIsItsOwnSpeakerNotTheSentenceBefore() {
        Detected d = Detected.in("""
                Around 300 drivers walked out at dawn, leaving the depots empty.

                The Harbour Drivers union says its members lost a week of pay last winter.
                """);
        assertThat(d.speakerOf("its members lost a week")).containsIgnoringCase("Harbour Drivers");
    }

    @Test
    void aPartyAndStateTagAfterTheNameIsNotTheSpeaker() {
        Detected d = Detected.in("""
                Sen. Dana Whitfield, R-Idaho, who voted for the bill, said she was tired of deadlines.

                Rep. Omar Castillo, D-Texas, said the vote was a mistake.
                """);
        assertThat(d.speakerOf("she was tired of deadlines")).isEqualTo("Dana Whitfield");
        assertThat(d.speakerOf("the vote was a mistake")).isEqualTo("Omar Castillo");
    }

    @Test
    void aNameAfterTheSpeakersOfficeInAppositionIsTheSpeaker() {
        Detected d = Detected.in("""
                Campaigners were scathing about the delay.

                "The laggards are being rewarded," said its policy director, Annika Sorensen. "The early movers are punished."
                """);
        assertThat(d.speakerOf("The laggards are being rewarded")).isEqualTo("Annika Sorensen");
        assertThat(d.speakerOf("The early movers are punished")).isEqualTo("Annika Sorensen");
    }

    @Test
    void particlesInsideASurnameStayInTheName() {
        Detected d = Detected.in("""
                "We listened," Commission President Maria van der Berg told reporters.

                Van der Berg later said the deal was fair.

                "It is a good day," said Luis de la Fuente.
                """);
        assertThat(d.speakerOf("We listened")).isEqualTo("Maria van der Berg");
        assertThat(d.speakerOf("the deal was fair")).isEqualTo("Maria van der Berg");
        assertThat(d.speakerOf("It is a good day")).isEqualTo("Luis de la Fuente");
    }

    @Test
    void anAmpersandJoinsOneOrganisationsName() {
        Detected d = Detected.in("""
                Rail & Road, a campaign group, said the decision was overdue.

                Barlow & Finch said its orders had fallen.
                """);
        assertThat(d.speakerOf("the decision was overdue")).isEqualTo("Rail & Road");
        assertThat(d.speakerOf("its orders had fallen")).isEqualTo("Barlow & Finch");
    }

    @Test
    void aSourceCloseToSomeoneIsNotThePersonNamedAfterIt() {
        Detected d = Detected.in("""
                Ministers fight over harbour budget

                A source close to the treasurer, Ingrid Halvorsen, insisted there would be no reversal.

                "The numbers are the numbers," said an aide close to the treasurer, Ingrid Halvorsen.

                An adviser close to the premier warned the talks could collapse.
                """);
        assertThat(d.speakerOf("there would be no reversal")).isEqualTo("A source close to the treasurer");
        assertThat(d.speakerOf("The numbers are the numbers")).isEqualTo("An aide close to the treasurer");
        assertThat(d.speakerOf("the talks could collapse")).isEqualTo("An adviser close to the premier");
    }

    @Test
    void aLeadersSpokespersonIsNotTheLeader() {
        Detected d = Detected.in("""
                Premier under pressure over ferry fares

                Premier Tomas Lindqvist is facing a growing backlash over the fare rise.

                The premier's official spokesperson said on Monday that the policy was "the right thing to do".
                """);
        assertThat(d.speakerOf("the right thing to do")).isEqualTo("The premier's official spokesperson");
    }

    @Test
    void theNextSentencesParentheticalCueDoesNotReachBackOverAFullStop() {
        Detected d = Detected.in("""
                Mayor Lena Ortiz, speaking in Lyon, thanked the donors for "the quick help." The city, she said, "needs more than money."
                """);
        assertThat(d.speakerOf("needs more than money")).isEqualTo("Lena Ortiz");
        assertThat(d.find("the quick help").map(d::speakerName)).isNotEqualTo(java.util.Optional.of("The city"))
                .isNotEqualTo(java.util.Optional.of("City"));
    }

    @Test
    void aCountryThatSpeaksIsAStateNotAPerson() {
        Detected d = Detected.in("""
                Moldova said it would not give up the border post.

                South Korea warned that the tests were a provocation.
                """);
        assertThat(d.quote("would not give up").speakerId()).isNotNull();
        assertThat(d.speakerNamed("Moldova").type()).isEqualTo(org.quotestance.model.SpeakerType.ORGANISATION);
        assertThat(d.speakerNamed("South Korea").type()).isEqualTo(org.quotestance.model.SpeakerType.ORGANISATION);
    }
    @Test
    void pronounTakesAOneWordNameWithAnOfficeOverATitledNameFromTheHeadline() {
        Detected d = Detected.in("""
                Premier quits trade post as Lord Harrowgate sues ministry

                No explanation was given by the Prime Minister Hon. Tavakeʻolo on Tuesday for his decision to give up the trade portfolio.

                He said his talks with the King had been "private" and would stay so.

                "We went to the palace because it was the right thing to do," he said.
                """);
        assertThat(d.speakerOf("his talks with the King")).isEqualTo("Tavakeʻolo");
        assertThat(d.speakerOf("We went to the palace")).isEqualTo("Tavakeʻolo");
    }
}
