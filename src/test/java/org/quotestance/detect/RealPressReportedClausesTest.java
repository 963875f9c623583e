package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported clauses and sources that real reports from South Asian, Australian and US papers wrote in
 * ways our own stories did not. The reports were read, not kept; each test is on text written for it.
 */
class RealPressReportedClausesTest {
    @Test
    void aClauseOfBareNounsAndAPastVerbIsReportedSpeechButThanksIsNot() {
        Detected d = Detected.in("""
                Camp fire contained

                Home Minister Farid Rahman spoke to reporters at the secretariat. He said police personnel rushed to the spot within minutes.

                He said fire investigations linked to the camp generators were still going on.

                The chief fire officer said thanks to the volunteers and left.
                """);
        assertThat(d.speakerOf("police personnel rushed")).isEqualTo("Farid Rahman");
        assertThat(d.speakerOf("fire investigations linked")).isEqualTo("Farid Rahman");
        assertThat(d.texts()).noneMatch(t -> t.contains("thanks to the volunteers"));
    }

    @Test
    void aDayBetweenTheSpeakerAndTheCueIsSkipped() {
        Detected d = Detected.in("""
                Network use in camps monitored

                Home minister Farid Rahman today said the government was watching the use of foreign phone networks.

                Opposition leader Mina Chowdhury yesterday said the monitoring had come too late.
                """);
        assertThat(d.speakerOf("the government was watching")).isEqualTo("Farid Rahman");
        assertThat(d.speakerOf("the monitoring had come too late")).isEqualTo("Mina Chowdhury");
    }

    @Test
    void eachSideOfTalksIsItsOwnSource() {
        Detected d = Detected.in("""
                Border talks end without deal

                The Norwegian side said it had raised its concerns at the highest level.

                The Danish side said the fishing quotas were not open to discussion.

                The Norwegian side said later that talks would resume in March.
                """);
        assertThat(d.speakerOf("raised its concerns")).isEqualTo("The Norwegian side");
        assertThat(d.speakerOf("fishing quotas")).isEqualTo("The Danish side");
        assertThat(d.speakerOf("talks would resume")).isEqualTo("The Norwegian side");
    }

    @Test
    void aLedeThatDescribesItsSpeakerBeforeTheNextSentenceNamesHerIsThatPerson() {
        Detected d = Detected.in("""
                Health chief says waiting lists are falling

                THE acting chief executive of Dyfed's health board has admitted waiting lists are too long but says they are getting shorter.

                Acting chief executive Bethan Morgan also said two new theatres would open in the spring.
                """);
        assertThat(d.speakerOf("they are getting shorter")).isEqualTo("Bethan Morgan");
        assertThat(d.speakerOf("two new theatres")).isEqualTo("Bethan Morgan");
    }

    @Test
    void exceptToSayIsTheSubjectSpeaking() {
        Detected d = Detected.in("""
                Envoys dine with minister

                Ambassador Carl Wendt declined to comment, except to say that "the dinner was very good."
                """);
        assertThat(d.speakerOf("the dinner was very good")).isEqualTo("Carl Wendt");
    }

    @Test
    void twoRolesJoinedByAndBeforeTheNameAfterAnInvertedCue() {
        Detected d = Detected.in("""
                Strange star may exist after all

                The study was published on Monday.

                "We were very surprised," said the paper's lead author and Harbour University physicist Pierre Dumas.
                """);
        assertThat(d.speakerOf("We were very surprised")).isEqualTo("Pierre Dumas");
    }

    @Test
    void aBodyAndRoleWordsBeforeTheNameAfterAccordingTo() {
        Detected d = Detected.in("""
                Flu still widespread

                According to Health Department nursing supervisor Pat Wills, the clinic reports cases to the state.

                According to county nursing supervisor Dee Hart, most of the cases were in children.
                """);
        assertThat(d.speakerOf("the clinic reports cases")).isEqualTo("Pat Wills");
        assertThat(d.speakerOf("most of the cases")).isEqualTo("Dee Hart");
    }

    @Test
    void aCommaInPlaceOfThatAfterTheCue() {
        Detected d = Detected.in("""
                No new taxes, says minister

                Finance Minister Omar Qadir spoke in Lahore on Monday. He said, the government will not raise taxes this year.

                He also added, exporters and farmers would get relief in the budget.

                Qadir said, however, that the deficit would be cut.
                """);
        assertThat(d.speakerOf("will not raise taxes")).isEqualTo("Omar Qadir");
        assertThat(d.speakerOf("exporters and farmers")).isEqualTo("Omar Qadir");
        assertThat(d.texts(org.quotestance.model.QuoteKind.INDIRECT)).contains("the deficit would be cut");
    }

    @Test
    void whatASourceSaidInARelativeClauseEndsAtTheClausesComma() {
        Detected d = Detected.in("""
                Ferry delay costly

                The delay, which officials said was caused by a staff shortage, cost the port two million pounds.
                """);
        assertThat(d.texts(org.quotestance.model.QuoteKind.INDIRECT)).containsExactly("was caused by a staff shortage");
        assertThat(d.speakerOf("staff shortage")).isEqualTo("Officials");
    }

    @Test
    void aNamedBodyAndALowerCaseUnitOfItIsTheBody() {
        Detected d = Detected.in("""
                Flood watch stays in place

                A flood watch was in effect until Friday, according to the National Weather Service office in Houston.
                """);
        assertThat(d.speakerOf("A flood watch was in effect")).isEqualTo("National Weather Service");
    }

    @Test
    void anOpeningParticipleIsNoSpeakerAndABodyNameWithAndEndsAtItsOrganisationWord() {
        Detected d = Detected.in("""
                Seized plane still in custody, says minister

                Refuting claims that the seized plane has gone missing, Mr. Mwale clarified that the plane remains under guard at the airport.

                The Union Solidarity and Development Party (USDP) on Wednesday said it would not recognise the result.
                """);
        assertThat(d.speakerOf("the plane remains under guard")).isEqualTo("Mwale");
        assertThat(d.speakerOf("would not recognise the result")).isEqualTo("Union Solidarity and Development Party");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Refuting"));
    }

    @Test
    void aSpokesmanInAnInterviewAccordingToHimAndAStateThatIsAPlace() {
        Detected d = Detected.in("""
                What happens if the governor refuses the visit – Presidency

                The president's spokesman, Femi Adeyemi, has said that if Governor Tam Ede of Rivers state does not want the visit, “it is left to him to decide the next step”.

                Adeyemi in an interview with State House reporters, explained that the president wanted to console the families of the dead.

                According to him, Governor Tam Ede was faulting the visit on a wrong premise.

                He also said the president would travel on Friday.
                """);
        assertThat(d.speakerOf("left to him to decide")).isEqualTo("Femi Adeyemi");
        assertThat(d.speakerOf("console the families")).isEqualTo("Femi Adeyemi");
        assertThat(d.speakerOf("faulting the visit")).isEqualTo("Femi Adeyemi");
        assertThat(d.speakerOf("travel on Friday")).isEqualTo("Femi Adeyemi");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Rivers"));
    }

    @Test
    void heAfterAQuoteOfAnUnnamedSpokesmanIsThatSpokesman() {
        Detected d = Detected.in("""
                Protesters hold their own press conference

                In response, a group of residents "called a press conference to be heard," said an 18-year-old spokesman, who gave only his surname.

                He said half of the group were volunteers who had carried supplies.
                """);
        assertThat(d.speakerOf("half of the group")).isEqualTo("An 18-year-old spokesman");
    }

    @Test
    void theyAfterASentenceAboutPoliceOpeningWithATimeIsThePolice() {
        Detected d = Detected.in("""
                Neighbours say police left too soon

                With weapons drawn, officers surrounded the home for nearly four hours.

                Around 1 a.m., police put down their weapons and left.

                They told us the man had been drinking and would sleep it off.
                """);
        assertThat(d.speakerOf("had been drinking")).isEqualToIgnoringCase("police");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Around"));
    }

    @Test
    void irregularPastTensesOpenAClauseAndTheWritersButHeDidNotEndsIt() {
        Detected d = Detected.in("""
                Suspect held after shootings

                (Dayton) People in an east Dayton neighborhood say police put their lives in danger.

                Police Chief Ana White said tips led officers to the suspect, but she did not release his name.

                The chain's finance chief Ron Tate said sales fell in March.
                """);
        assertThat(d.speakerOf("police put their lives")).isEqualTo("People in an east Dayton neighborhood");
        assertThat(d.texts(org.quotestance.model.QuoteKind.INDIRECT)).contains("tips led officers to the suspect");
        assertThat(d.speakerOf("sales fell in March")).isEqualTo("Ron Tate");
    }

    @Test
    void aParticipleClauseOpeningWithACapitalisedNameIsNoSpeaker() {
        Detected d = Detected.in("""
                Minister will not be lectured

                Criticising Fine Gael for what he said was its timing, Mr Doyle rejected the claims and said he will not be lectured by the rival party.
                """);
        assertThat(d.speakerOf("he will not be lectured")).isEqualTo("Doyle");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().startsWith("Criticising"));
    }

    @Test
    void insistingAfterACommaIsTheSpeakerOfTheSentencesCueNotTheLastNameBeforeIt() {
        Detected d = Detected.in("""
                Premier says ties strong

                Premier Dr Winston Achebe is maintaining that the relationship between Aruba and Curacao continues to remain strong, insisting that there is no rift between the two islands.
                """);
        assertThat(d.speakerOf("continues to remain strong")).isEqualTo("Winston Achebe");
        assertThat(d.speakerOf("there is no rift")).isEqualTo("Winston Achebe");
    }

    @Test
    void aNameAfterAtWithNoTitleIsAPlaceAndNoHeStandsForIt() {
        Detected d = Detected.in("""
                Coach keeps injury quiet

                Tony Marsh has refused to give anything away about the injury to his captain.

                Marsh said the striker hurt herself in the warm-up on Wednesday.

                Only when the teamsheets were handed in before kick-off at Stadium Cardiff did the news come out.

                "I hope you understand why I could not speak openly," he said.
                """);
        assertThat(d.speakerOf("could not speak openly")).isEqualTo("Tony Marsh");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Stadium Cardiff"));
    }

    @Test
    void aTellVerbStraightBeforeThatReportsUnlessItIsPassive() {
        Detected d = Detected.in("""
                Border is safe, president says

                Santo Domingo.- President Rafael Cuesta assured that the border is fully safeguarded.

                Foreign Minister Olena Bilyk opined that the allies will make no decision this year.

                Party leader Jonas Weber meanwhile said that his party would not join the coalition.

                The law requires that parents are told that a clinic has been contacted.
                """);
        assertThat(d.speakerOf("the border is fully safeguarded")).isEqualTo("Rafael Cuesta");
        assertThat(d.speakerOf("the allies will make no decision")).isEqualTo("Olena Bilyk");
        assertThat(d.speakerOf("his party would not join")).isEqualTo("Jonas Weber");
        assertThat(d.texts()).noneMatch(t -> t.contains("a clinic has been contacted"));
    }

    @Test
    void aNameAfterAQuoteWithItsPartyBeforeTheCueSpeaks() {
        Detected d = Detected.in("""
                Opposition rejects remarks

                President Kim Dae-sung is not backing down.

                "If Kim meant our party, that is unacceptable," Rep. Lee Jun-ho of the main opposition party said during a radio show.
                """);
        assertThat(d.speakerOf("that is unacceptable")).isEqualTo("Lee Jun-ho");
    }

    @Test
    void bodiesInThePluralAndAStatementByThemSpeak() {
        Detected d = Detected.in("""
                Unions hail strike

                The strike was total in most industries, 10 unions said.

                "All sectors of the economy were affected," a joint statement by the unions said.

                "Talks will resume," a statement from the ministry said.
                """);
        assertThat(d.speakerOf("The strike was total")).isEqualTo("10 unions");
        assertThat(d.speakerOf("All sectors of the economy")).isEqualTo("10 unions"); // the same unions
        assertThat(d.speakerOf("Talks will resume")).isEqualToIgnoringCase("ministry");
    }

    @Test
    void saidThisAtAPlaceIsNoReportAndAHeAfterAHeWhoReportedOnSomeoneElseIsTheSameHe() {
        Detected d = Detected.in("""
                Energy minister praised

                The Minister of Information and Communications, Mr. Samuel Kargbo has praised the villagers for handing in stolen cables.

                The Minister said this at an emergency press conference. He said Alhaji Osman Bangura had inherited the ministry from a zero point.

                He said he would have done more had it not been for thieves.
                """);
        assertThat(d.texts()).noneMatch(t -> t.startsWith("this at"));
        assertThat(d.speakerOf("had inherited the ministry")).isEqualTo("Samuel Kargbo");
        assertThat(d.speakerOf("would have done more")).isEqualTo("Samuel Kargbo");
    }

    @Test
    void anOutletWhoseNameOpensWithACapitalTheReportsTheClauseBeforeIt() {
        Detected d = Detected.in("""
                Ban confirmed

                The general was included in a blanket ban on senior officers, The Kestrel Post reported.

                Talks will resume next week, The Harbour Globe reported on Friday.
                """);
        assertThat(d.speakerOf("included in a blanket ban")).isEqualTo("Kestrel Post");
        assertThat(d.speakerOf("Talks will resume next week")).isEqualTo("Harbour Globe");
    }

    @Test
    void aWhileClauseWithItsOwnSpeakerEndsTheFirstReport() {
        Detected d = Detected.in("""
                Factory closure opposed

                Nick Harwood, Blaenau Gwent MP, said a decision to shut the factory should be stopped, while Islwyn MP Chris Evans said employees at the other site should not be given false hope.
                """);
        assertThat(d.speakerOf("shut the factory should be stopped")).isEqualTo("Nick Harwood");
        assertThat(d.speakerOf("should not be given false hope")).isEqualTo("Chris Evans");
    }
}
