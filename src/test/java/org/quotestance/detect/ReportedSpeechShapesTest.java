package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Reported-speech shapes of wire and broadsheet copy, on sentences written for these tests. */
class ReportedSpeechShapesTest {
    @Test
    void parentheticalCueBetweenSubjectAndVerb() {
        Detected d = Detected.in("""
                The problem, Olga Marchenko added, is that every strike on a port pushes up insurance.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "is that every strike on a port pushes up insurance");
        assertThat(d.speakerOf("pushes up insurance")).isEqualTo("Olga Marchenko");
    }

    @Test
    void aLongClauseBeforeAParentheticalIsNoParenthetical() {
        Detected d = Detected.in("""
                Talks on a shipping lane made little progress on Tuesday, foreign minister Anna Berg said, \
                after negotiators again raised the question of banks.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "Talks on a shipping lane made little progress on Tuesday");
        assertThat(d.speakerOf("little progress")).isEqualTo("Anna Berg");
    }

    @Test
    void invertedCueWithAnAppositionAfterTheName() {
        Detected d = Detected.in("""
                Its order book now stretches to 2031, said Bruno Maier, the company’s chief executive.
                """);
        assertThat(d.speakerOf("order book")).isEqualTo("Bruno Maier");
    }

    @Test
    void channelPhraseBeforeThat() {
        Detected d = Detected.in("""
                The regional power company said in a statement on its Telegram channel that nine of its \
                workers had been injured. Leaders agreed on common rules so that shells made in one country fit guns \
                made in another.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("nine of its workers had been injured");
    }

    @Test
    void bareNounSubjectOfTheReportedClause() {
        Detected d = Detected.in("""
                Agriculture minister Olga Marchenko said exports had already recovered to their pre-war level.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("exports had already recovered to their pre-war level");
    }

    @Test
    void aLongRelativeClauseBetweenNameAndCue() {
        Detected d = Detected.in("""
                Priya Desai, who chairs the nurses’ council and still works night shifts at a hospital in Leeds, \
                said two of the six nurses on her ward had resigned in October.
                """);
        assertThat(d.speakerOf("six nurses")).isEqualTo("Priya Desai");
    }

    @Test
    void anOfficeSpeaksForItsHolder() {
        Detected d = Detected.in("""
                Farid Haddad runs the agency’s Black Sea office. Stocks in several countries were already below \
                safe levels, according to Haddad’s office.
                """);
        assertThat(d.speakerOf("Stocks in several")).isEqualTo("Farid Haddad");
    }

    @Test
    void aSpokesmanOfANamedPersonIsTheSpokesman() {
        Detected d = Detected.in("""
                “This is not a change of principle,” Chancellor Otto Brandt’s spokesman said in Berlin.
                """);
        assertThat(d.speakerOf("change of principle")).isEqualTo("Chancellor Otto Brandt’s spokesman");
    }

    @Test
    void trailingParticipleAfterTheCueEndsTheAttribution() {
        Detected d = Detected.in("""
                Revenue fell by a fifth in June, the bloc’s sanctions envoy said on Tuesday, arguing that the price \
                cap was finally biting.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).contains("Revenue fell by a fifth in June");
    }

    @Test
    void aSecondVerbJoinedByAndSharesTheSubject() {
        Detected d = Detected.in("""
                Gov. Helen Sato declared a state of emergency for the county on Thursday and said the state would \
                send 400 more firefighters.
                """);
        assertThat(d.speakerOf("400 more firefighters")).isEqualTo("Helen Sato");
    }

    @Test
    void theyAfterASentenceAboutAGroupIsThatGroup() {
        Detected d = Detected.in("""
                FEMA said it had approved federal money for the firefighting effort.

                Residents who returned briefly to collect belongings described streets covered in ash. Some houses \
                had survived untouched while their neighbours burned, they said.
                """);
        assertThat(d.speakerOf("Some houses")).isEqualTo("Residents");
    }

    @Test
    void aFurtherActJoinedByAndEndsTheStatement() {
        Detected d = Detected.in("""
                Estonia has said it suspects deliberate sabotage and called on its allies to step up patrols.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("it suspects deliberate sabotage");
    }

    @Test
    void aSpeechVerbAfterAModalIsNoCue() {
        Detected d = Detected.in("""
                The European Union said it would add the tanker to its list of sanctioned vessels.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "it would add the tanker to its list of sanctioned vessels");
    }

    @Test
    void aNoteToClientsIsTheChannelNotASpeechVerb() {
        Detected d = Detected.in("""
                Ines Varga wrote in a note to clients that the chipmaker had cut its forecast too late.

                The bank said in a note that margins would recover next year.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "the chipmaker had cut its forecast too late", "margins would recover next year");
    }

    @Test
    void aSecondThatClauseShowsTheFirstClauseBeganAtTheCue() {
        Detected d = Detected.in("""
                Ruiz said demand for the bank’s mortgages remained weak and that it expected a better spring.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "demand for the bank’s mortgages remained weak and that it expected a better spring");
    }

    @Test
    void figuresPublishedByABodyAreItsStatement() {
        Detected d = Detected.in("""
                The plan would add about $4 billion to deficits, according to an estimate released Tuesday by the \
                Congressional Budget Office.

                According to a transcript released by the committee, the hearing ended early.
                """);
        assertThat(d.speakerOf("add about $4 billion")).isEqualTo("Congressional Budget Office");
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("The plan would add about $4 billion to deficits");
    }

    @Test
    void anAsideAfterAnInvertedCueDoesNotHideTheStatement() {
        Detected d = Detected.in("""
                Sales for the year would be about $2 billion, the airline said, down from an earlier forecast.

                Fares rose by a fifth, the regulator said, and bookings fell.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "Sales for the year would be about $2 billion", "Fares rose by a fifth");
    }

    @Test
    void aParticipleClauseAfterTheCueIsTheWritersOwn() {
        Detected d = Detected.in("""
                The island council will buy two new ferries by 2028, two officials said on Monday,                 ending a decade of breakdowns.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("The island council will buy two new ferries by 2028");
        assertThat(d.speakerOf("two new ferries")).isEqualTo("Two officials");
    }

    @Test
    void aDateAfterTheCueStillEndsTheSentence() {
        Detected d = Detected.in("""
                Drones struck the port of Varna overnight, the largest raid of the year, the country's navy said on July 9.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "Drones struck the port of Varna overnight, the largest raid of the year");
    }

    @Test
    void aReportedClauseMayOpenWithAQuantity() {
        Detected d = Detected.in("""
                Mayor Ilse Brandt said at least two people were injured.

                Fire chief Tomas Reyes said more than 300 homes had lost power.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "at least two people were injured", "more than 300 homes had lost power");
    }

    @Test
    void anInterviewWithANamedOutletBeforeThat() {
        Detected d = Detected.in("""
                Union leader Marta Kowal said in an interview with Radio Vistula that the strike would go on.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the strike would go on");
        assertThat(d.speakerOf("the strike would go on")).isEqualTo("Marta Kowal");
    }

    @Test
    void anApproximateQuantityOrAContractedPronounOpensTheClause() {
        Detected d = Detected.in("""
                The Red Cross says nearly 40,000 people, most of them children, need shelter.

                Harbour master Lars Eide said they're ready to reopen the port by Friday.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "nearly 40,000 people, most of them children, need shelter", "they're ready to reopen the port by Friday");
    }

    @Test
    void aShortClauseWithAContractedPronounIsStillAStatement() {
        Detected d = Detected.in("""
                Ines Moreau, for her part, says she's relieved.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("she's relieved");
        assertThat(d.speakerOf("she's relieved")).isEqualTo("Ines Moreau");
    }

    @Test
    void aDatelineIsNotPartOfTheReportedClause() {
        Detected d = Detected.in("""
                Storm closes ports

                BERGEN, Norway, March 3 (NPA) — All ferry routes along the western coast were suspended on Monday, the coastal administration said.

                Tromsø — Fishing boats were ordered to stay in harbour until Wednesday, officials said.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly(
                "All ferry routes along the western coast were suspended on Monday",
                "Fishing boats were ordered to stay in harbour until Wednesday");
    }
}
