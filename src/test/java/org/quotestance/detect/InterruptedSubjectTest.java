package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker separated from "said" by an age, a relative clause or a long role: "X, 64, who …,
 * said", "X, a lecturer at Y who …, said", "One nurse, who gave only her first name, Ilse, said",
 * "A European envoy at the summit, who asked not to be named, said". Stories written for the test.
 */
class InterruptedSubjectTest {
    @Test
    void anAgeAndARelativeClauseBetweenNameAndCue() {
        Detected d = Detected.in("""
                Harbour ward residents packed the hall on Monday.

                Fisherman Alun Pryce, 64, who has moored his boat at the quay since 1979, said the new fees would drive him out.
                """);
        assertThat(d.quote("the new fees would drive him out", QuoteKind.INDIRECT)).isNotNull();
        assertThat(d.speakerOf("the new fees would drive him out")).endsWith("Alun Pryce");
    }

    @Test
    void aLongRoleWithARelativeClauseBeforeTheCue() {
        Detected d = Detected.in("""
                The trial enrolled 900 patients.

                Dr Hannah Ostrowski, a cardiologist at St Bride's Hospital who was not involved in the trial, said the results were encouraging but small.
                """);
        assertThat(d.speakerOf("the results were encouraging")).isEqualTo("Hannah Ostrowski");
    }

    @Test
    void aSourceWithAModifierAndARelativeClause() {
        Detected d = Detected.in("""
                Ministers met until late on Friday.

                A European envoy at the summit, who asked not to be named, said the final text was still open.
                """);
        assertThat(d.speakerOf("the final text was still open")).isEqualTo("A European envoy at the summit");
    }

    @Test
    void aGivenNameOnlyAfterTheSourceIsTheSpeaker() {
        Detected d = Detected.in("""
                Queues formed outside the clinic before dawn.

                One nurse, who gave only her first name, Ilse, said the ward had been short of staff for months. “We are exhausted,” she said.
                """);
        assertThat(d.speakerOf("the ward had been short of staff")).isEqualTo("Ilse");
        assertThat(d.speakerOf("We are exhausted")).isEqualTo("Ilse");
    }

    @Test
    void bareLowerCasePluralSourcesAfterTheClause() {
        Detected d = Detected.in("""
                The ceasefire talks broke down on Saturday, mediators said.

                At the depot, drivers said they had not been paid since March.
                """);
        assertThat(d.speakerOf("The ceasefire talks broke down")).isEqualTo("Mediators");
        assertThat(d.speakerOf("they had not been paid")).isEqualTo("Drivers");
    }
}
