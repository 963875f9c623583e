package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Reported speech without quotation marks. */
class IndirectSpeechTest {
    @Test
    void saidThatClause() {
        Detected d = Detected.in("""
                Finance Minister Rita Sol said on Wednesday that the deficit would shrink next year.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the deficit would shrink next year");
        assertThat(d.speakerOf("deficit would shrink")).isEqualTo("Rita Sol");
        assertThat(d.cueOf("deficit would shrink")).isEqualTo("said");
    }

    @Test
    void saidWithoutThat() {
        Detected d = Detected.in("Rita Sol said the deficit would shrink next year.\n");
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the deficit would shrink next year");
    }

    @Test
    void clauseBeforeTheSpeaker() {
        Detected d = Detected.in("""
                The deficit would shrink next year, Sol said. The plan was approved in March, said a ministry spokesman.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).contains("The deficit would shrink next year",
                "The plan was approved in March");
        assertThat(d.speakerOf("plan was approved")).isEqualTo("A ministry spokesman");
    }

    @Test
    void toldListenerThat() {
        Detected d = Detected.in("A senior police officer told the BBC that the suspect had fled abroad.\n");
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the suspect had fled abroad");
        assertThat(d.speakerOf("suspect had fled")).isEqualTo("A senior police officer");
    }

    @Test
    void verbThatNeedsThatIsNotSpeechWithoutIt() {
        Detected d = Detected.in("""
                The mayor announced a new budget on Monday. She stressed the importance of the parks.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void ordersAndQuestionsAreNotReportedSpeech() {
        Detected d = Detected.in("""
                The general told his troops to hold the line. Did the minister say the talks had failed?
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void participleAfterAClauseTakesTheSentenceSubject() {
        Detected d = Detected.in("""
                Several opposition lawmakers walked out of the session, saying the vote had been rigged.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("the vote had been rigged");
        assertThat(d.speakerOf("vote had been rigged")).isEqualTo("Several opposition lawmakers");
    }

    @Test
    void pronounInAReportedClauseIsTheReportingSpeaker() {
        Detected d = Detected.in("""
                Governor Paul Ortega spoke after Senator Tom Reyes. Ortega said that he backs the bill on “every single point” of it.
                """);
        assertThat(d.speakerOf("every single point")).isEqualTo("Paul Ortega");
    }
}
