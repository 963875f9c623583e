package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes that a fifth blind round (stories in a markets, sports, court, science, tabloid, live-blog,
 * explainer, Indian and Polish style) showed the detector missing; each test is on text written for it.
 */
class UnseenStyleShapesTest {
    @Test
    void bankersDealersAndPoliceAreSources() {
        Detected d = Detected.in("""
                Lira slides again

                By Mara Quint

                Some bankers said the central bank would rather let the lira drift than spend its reserves.

                The match was stopped twice, and police said three supporters had been arrested.

                "Nobody wants to sell dollars today," said a currency dealer at a private bank.
                """);
        assertThat(d.speakerOf("let the lira drift")).isEqualTo("Some bankers");
        assertThat(d.speakerOf("three supporters had been arrested")).isEqualToIgnoringCase("police");
        assertThat(d.speakerOf("Nobody wants to sell dollars")).startsWith("A currency dealer");
    }

    @Test
    void aConcernVerbWithThatReportsAView() {
        Detected d = Detected.in("""
                Clinic waiting lists grow

                By Mara Quint

                Opposition MP Halina Broz worries that the clinic will close before the winter.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the clinic will close before the winter");
        assertThat(d.speakerOf("clinic will close")).isEqualTo("Halina Broz");
    }

    @Test
    void barristersLettersAfterTheNameAreNotPartOfIt() {
        Detected d = Detected.in("""
                Builder jailed

                By Mara Quint

                Prosecuting counsel Orla Fennelly BL said the thefts were "planned over years". Defence counsel
                Cathal Doyle SC said his client was ashamed.
                """);
        assertThat(d.speakerOf("planned over years")).isEqualTo("Orla Fennelly");
        assertThat(d.speakerOf("his client was ashamed")).isEqualTo("Cathal Doyle");
    }

    @Test
    void aSubjectWithARelativeClauseOrAParticipleAndNoCommaSpeaks() {
        Detected d = Detected.in("""
                Landslide village waits for help

                By Mara Quint

                Outside the hall, the teacher whose pupils were moved to the church said the roof would not last the winter.

                Volunteers clearing the road said two more houses had been lost overnight.
                """);
        assertThat(d.speakerOf("roof would not last")).isEqualTo("The teacher");
        // a group is who its modifier says (HeldOutShapesTest)
        assertThat(d.speakerOf("two more houses")).isEqualTo("Volunteers clearing the road");
    }

    @Test
    void aParticipleAfterAThingIsNoSpeaker() {
        Detected d = Detected.in("""
                Rents rise again

                By Mara Quint

                Prices rising across the region said more about wages than about houses.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void aGenderedPronounDoesNotInheritAnOrganisationsQuote() {
        Detected d = Detected.in("""
                Ferry fares frozen

                By Mara Quint

                The port authority said fares would stay at last year's level.

                “Nobody told us anything,” she said.
                """);
        assertThat(d.speakerOf("Nobody told us")).isNull();
    }

    @Test
    void sheAfterARoleThatHasJustSpokenIsThatRole() {
        Detected d = Detected.in("""
                Pharmacist jailed

                By Mara Quint

                Outside court, the youngest daughter said the family felt let down by the bank.

                “Nobody at the branch asked a single question,” she said.
                """);
        assertThat(d.speakerOf("Nobody at the branch")).isEqualTo(d.speakerOf("the family felt let down"));
        assertThat(d.speakerOf("Nobody at the branch")).isNotNull();
    }

    @Test
    void aModifiedBusinessNounStandsForTheOneWordBodyJustNamed() {
        Detected d = Detected.in("""
                Bus routes cut

                By Mara Quint

                On Monday, Stagelink withdrew three evening routes from the valley.

                In a statement, the bus operator said: “Passenger numbers no longer cover the cost.”
                """);
        assertThat(d.speakerOf("Passenger numbers")).isEqualTo("Stagelink");
    }

    @Test
    void aSocietyIsABodyAndTheRegulatorIsTheBodyJustNamed() {
        Detected d = Detected.in("""
                Vet struck off

                By Mara Quint

                The Veterinary Society of Scotland said on Monday that the practice had been closed. Later, the regulator said it “regretted the delay”.
                """);
        assertThat(d.speakerOf("practice had been closed")).isEqualTo("Veterinary Society of Scotland");
        assertThat(d.speakerOf("regretted the delay")).isEqualTo("Veterinary Society of Scotland");
    }

    @Test
    void aNationalityOrAFamilyWordAfterTheStandsForThePersonJustWrittenAbout() {
        Detected d = Detected.in("""
                Late equaliser sinks Rovers

                By Mara Quint

                Rovers coach Gareth Halloran was livid about the penalty.

                “The whole ground saw the dive,” the Welshman said.

                Winger Tomas Lindgren, who scored twice, was quieter. “I just hit it,” the Swede said.

                Fan Maureen Pike, 81, has not missed a home game since 1968. “I nearly went home at half-time,” the grandmother-of-six said.
                """);
        assertThat(d.speakerOf("whole ground saw")).isEqualTo("Gareth Halloran");
        assertThat(d.speakerOf("I just hit it")).isEqualTo("Tomas Lindgren");
        assertThat(d.speakerOf("nearly went home")).isEqualTo("Maureen Pike");
    }

    @Test
    void aDescribingWordOfTheWrongGenderIsNotThePersonJustWrittenAbout() {
        Detected d = Detected.in("""
                Derby day

                By Mara Quint

                Coach Maria Lopes was livid about the penalty.

                “The whole ground saw the dive,” the Englishman said.
                """);
        assertThat(d.speakerOf("whole ground saw")).isNotEqualTo("Maria Lopes");
    }

    @Test
    void aNameInAppositionToARelationIsTheSubject() {
        Detected d = Detected.in("""
                Appeal for stolen van

                By Mara Quint

                Brenda Cole, 70, found the van gone on Sunday.

                Her grandson, Liam, 19, has put up posters around the estate.

                “We just want Nan’s things back,” the teenager said.
                """);
        assertThat(d.speakerOf("Nan’s things back")).isEqualTo("Liam");
    }

    @Test
    void theCompanyLooksBackOverThePeopleWhoSpokeForIt() {
        Detected d = Detected.in("""
                Rail freight strike

                By Mara Quint

                The drivers' union says the new rosters are unsafe.

                Nordbahn Cargo denied that.

                "Our rosters meet every rule," chief executive Pia Lund said. "We have offered talks."

                The strike costs it about 2 million crowns a day, the company said.
                """);
        assertThat(d.speakerOf("2 million crowns a day")).isEqualTo("Nordbahn Cargo");
    }

    @Test
    void theCompanyIsNotAUnionNamedBefore() {
        Detected d = Detected.in("""
                Port talks fail

                By Mara Quint

                The Harbour Workers' Union rejected the offer on Friday.

                The offer was its last, the company said.
                """);
        assertThat(d.speakerOf("its last")).isNotEqualTo("Harbour Workers' Union");
    }

    @Test
    void aNameAfterADescriptionEndingInABodyWordIsThatBody() {
        Detected d = Detected.in("""
                Heat pump maker cuts jobs

                By Mara Quint

                Danish shipping group Kylvent will cut 400 jobs, the company said on Monday.

                Ruling party MP Piotr Kowalski said the cuts were a warning.
                """);
        assertThat(d.speakerOf("cut 400 jobs")).isEqualTo("Kylvent");
        assertThat(d.speakerOf("cuts were a warning")).isEqualTo("Piotr Kowalski");
        assertThat(d.speakerNamed("Piotr Kowalski").type()).isEqualTo(org.quotestance.model.SpeakerType.PERSON);
    }

    @Test
    void aLongWireDatelineAndANameEndingInIngOpenNoSubject() {
        Detected d = Detected.in("""
                Ferry operator cuts routes

                By Mara Quint

                TALLINN, Estonia, Nov 3 (Baltic Business Wire) - Viking Strait Lines cut two winter routes on Monday.

                Fewer passengers travel in winter, the company said.
                """);
        assertThat(d.speakerOf("Fewer passengers")).isEqualTo("Viking Strait Lines");
    }

    @Test
    void postNominalLettersAfterALowerCaseRoleDoNotThrow() {
        // "Ruling party MP" ends a capitalised run in "MP" with nothing before it to be a name
        Detected d = Detected.in("""
                Budget vote

                By Mara Quint

                Ruling party MP said the budget would pass. Ruling party MP Piotr Kowalski said it would not.
                """);
        assertThat(d.speakerOf("it would not")).isEqualTo("Piotr Kowalski");
    }

    @Test
    void aStudySpeaksAndItsResearchersFindThings() {
        Detected d = Detected.in("""
                Commuting linked to poor sleep

                By Mara Quint

                Long commutes cut sleep by almost an hour a week, according to a new survey of 3,000 rail passengers.

                Researchers found that passengers who changed trains slept worst.

                The survey, run by Halden University over two winters, covered five cities. It said women were more affected than men.

                Delays made things worse, the survey said.
                """);
        assertThat(d.speakerOf("cut sleep by almost an hour")).isEqualTo("Survey");
        assertThat(d.speakerOf("changed trains slept worst")).isEqualTo("Researchers");
        assertThat(d.speakerOf("women were more affected")).isEqualTo("Survey");
        assertThat(d.speakerOf("Delays made things worse")).isEqualTo("Survey");
    }

    @Test
    void itAfterAPersonIsNoBody() {
        Detected d = Detected.in("""
                Bridge reopens

                By Mara Quint

                Engineer Mark Dale inspected the bridge on Monday. It said nothing about the cracks, a notice read.
                """);
        assertThat(d.find("nothing about the cracks").map(q -> d.speakerName(q))).isNotEqualTo(java.util.Optional.of("Mark Dale"));
    }

    @Test
    void titlesOfWorksAfterAModifiedOrCommaSeparatedTitleWordAreNoQuotes() {
        Detected d = Detected.in("""
                Why we can't stop scrolling

                By Mara Quint

                The idea took off after the bestselling memoir “Lost in the Feed: A Year Offline” and a viral song, “Thumbs (Never Stop)”, by the duo Glasshouse.

                “People recognise themselves in it,” said publisher Nadia Orr.
                """);
        assertThat(d.texts()).containsExactly("People recognise themselves in it");
    }

    @Test
    void aTermAskedAboutInTheHeadlineIsNoQuote() {
        Detected d = Detected.in("""
                What is ‘quiet cracking’, and should you worry?

                By Mara Quint

                “It describes staying in a job you have given up on,” said psychologist Ruth Amber.
                """);
        assertThat(d.texts()).containsExactly("It describes staying in a job you have given up on");
    }

    @Test
    void aLabelledCrossheadInALiveBlogIsAHeadlineQuoteOfTheOfficeHolder() {
        Detected d = Detected.in("""
                Floods live: rivers burst banks across the north

                Live reporting by Mara Quint

                11:20 GMT

                The rail operator has cancelled all trains north of Preston.

                10:45 GMT

                Environment Secretary: ‘Do not drive through flood water’

                Environment Secretary Helen Marsh has urged drivers to stay off flooded roads.

                “Thirty centimetres of moving water can float a car,” she said.
                """);
        Quote q = d.quote("Do not drive through flood water");
        assertThat(q.kind()).isEqualTo(QuoteKind.HEADLINE);
        assertThat(d.speakerName(q)).isEqualTo("Helen Marsh");
    }

    @Test
    void aNameSpeltWithAQuestionOrExclamationMarkIsABody() {
        Detected d = Detected.in("""
                Broadband prices rise

                By Mara Quint

                Consumer group Which? said customers were paying for speeds they never got.

                “Nobody should pay for a promise,” said Which? head of policy Tara Bell.

                Yahoo! said the outage had been fixed.
                """);
        assertThat(d.speakerOf("paying for speeds")).isEqualTo("Which?");
        assertThat(d.speakerOf("pay for a promise")).isEqualTo("Tara Bell");
        assertThat(d.speakerOf("outage had been fixed")).isEqualTo("Yahoo!");
    }

    @Test
    void aCapitalisedNameBeforeATitleWordIsNoQuote() {
        Detected d = Detected.in("""
                Caravan stolen

                By Mara Quint

                The caravan has a “Bob & Jean” sticker on its back window, police said.
                """);
        assertThat(d.texts(QuoteKind.PARTIAL)).isEmpty();
        assertThat(d.texts(QuoteKind.DIRECT)).isEmpty();
    }

    @Test
    void aSpeechVerbAfterTheIsANounOfTheBody() {
        Detected d = Detected.in("""
                Audit finds overspend

                By Mara Quint

                The city overpaid for its trams by 9 million euros, the state auditor's office said on Monday, in a report that the council is now studying.

                According to the state transport department, the trams were ordered without a tender.
                """);
        assertThat(d.speakerOf("overpaid for its trams")).isEqualTo("State auditor's office");
        assertThat(d.speakerOf("ordered without a tender")).isEqualToIgnoringCase("State transport department");
    }

    @Test
    void aBarePluralAndAQuotationOnItsVerbAreAReportedClause() {
        Detected d = Detected.in("""
                Night work rules

                By Mara Quint

                Union organiser Kath Dunne said employers “can no longer hide behind the rota”.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("employers “can no longer hide behind the rota");
        assertThat(d.speakerOf("hide behind the rota")).isEqualTo("Kath Dunne");
    }

    @Test
    void aNicknameInQuotesBetweenNamesIsNoQuote() {
        Detected d = Detected.in("""
                Maria ‘Mimi’ Costa, lifeboat volunteer, dies at 91

                By Mara Quint

                Maria ‘Mimi’ Costa crewed the harbour lifeboat for 30 years.

                “She was fearless,” said coxswain Tom Pryor.
                """);
        assertThat(d.texts()).containsExactly("She was fearless");
    }

    @Test
    void aQuotedWordEndingAHeadlineIsNoNicknameOfTheNameBelow() {
        Detected d = Detected.in("""
                Minister: Plan for Kyiv ‘Unrealistic’

                Defence Minister Ana Brandt said the plan was unrealistic.
                """);
        assertThat(d.texts(QuoteKind.HEADLINE)).containsExactly("Unrealistic");
    }

    @Test
    void aQuoteRightAfterANarrativeSentenceAboutAPersonInTheSameParagraphIsTheirs() {
        Detected d = Detected.in("""
                Captains trade words before the Test

                By Mara Quint

                Home captain Josh Kettering spoke first, then visiting skipper Ruan Botha.

                “We are not trying to copy anyone,” Botha said.

                Kettering was more direct. “We play the way that wins here.”
                """);
        assertThat(d.speakerOf("the way that wins here")).isEqualTo("Josh Kettering");
    }

    @Test
    void aReleaseFromABodyIsThatBodySpeaking() {
        Detected d = Detected.in("""
                Warehouse fire

                By Mara Quint

                Crews were called just after 2 a.m., according to a news release from the Millbrook Fire Department.
                """);
        assertThat(d.speakerOf("Crews were called")).isEqualTo("Millbrook Fire Department");
    }

    @Test
    void aLawsuitSpeaksAndProvidersAreSources() {
        Detected d = Detected.in("""
                Clinic closures challenged

                By Mara Quint

                The lawsuit, filed in March by three patients' groups, says 12 clinics closed without notice.

                Rural health providers say the closures have doubled waiting times.
                """);
        assertThat(d.speakerOf("12 clinics closed")).isEqualTo("Lawsuit");
        assertThat(d.speakerOf("doubled waiting times")).isEqualTo("Rural health providers");
    }

    @Test
    void aWhichClauseAboutTheBodyInAnAppositionDoesNotMakeTheBodyTheSpeaker() {
        Detected d = Detected.in("""
                Ruling on school maps

                By Mara Quint

                Dana Reyes, a lawyer with the Fair Schools Alliance, which brought the case, called the ruling “long overdue.”
                """);
        assertThat(d.speakerOf("long overdue")).isEqualTo("Dana Reyes");
    }
}
