package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "the company said", "the force said" or "the union said" with no body named nearby: the body the story is about, and
 * the place a body is based in is no part of its name. Each test is on a story written for it.
 */
class StoryBodiesTest {
    @Test
    void thePlainCompanyIsTheOneTheHeadlineNames() {
        Detected d = Detected.in("""
                Brightwell cuts 300 jobs in restructuring

                About 300 workers were let go this week, according to an email sent to staff on Thursday.

                The company said the cuts affected less than 2% of its workforce.

                Brightwell makes valves for water utilities.
                """);
        assertThat(d.speakerOf("less than 2% of its workforce")).isEqualTo("Brightwell");
    }

    @Test
    void notAWordThatOnlyOpensASentence() {
        Detected d = Detected.in("""
                Ferry timetable cut for the summer

                Nearly 300 sailings will go from the summer timetable, the harbour board was told on Monday. The company says 91% of its routes will keep a daily service.
                """);
        assertThat(d.speakerOf("91% of its routes")).isNotEqualTo("Nearly");
    }

    @Test
    void whereABodyIsBasedIsNoPartOfItsName() {
        Detected d = Detected.in("""
                Snack maker recalls crisps

                Ohio-based Tremont Foods said on Friday that it was recalling 12,000 bags after a labelling error.
                """);
        assertThat(d.speakerOf("recalling 12,000 bags")).isEqualTo("Tremont Foods");
    }

    @Test
    void theForceIsThePoliceTheStoryNamed() {
        Detected d = Detected.in("""
                Protesters tried to breach fence, police say

                The road was closed on Saturday afternoon to allow for a 'significant police response' to the protest, Westmoor Police said.

                The force said around 150 of the 250 people who walked to the site had tried to push through the gates.
                """);
        assertThat(d.speakerOf("around 150 of the 250")).isEqualTo("Westmoor Police");
    }

    @Test
    void theUnionIsTheOrganisationOfNursesTheStoryNamed() {
        Detected d = Detected.in("""
                Trolley numbers hit record

                The Harbour Nurses and Midwives Organisation has counted 930 patients on trolleys in hospitals this morning.

                HNMO general secretary Aoife Brennan said the figures were the worst for any November.

                The union said more than 12,000 patients had gone without a bed this month.
                """);
        assertThat(d.speakerOf("12,000 patients")).isEqualTo("Harbour Nurses and Midwives Organisation");
    }

    @Test
    void theUnionIsTheBodyThatOpensItsOfficialsRole() {
        Detected d = Detected.in("""
                Paving workers vote on strike

                Workers at the Brockhurst quarry will vote next week on strike action over pay.

                Unite national officer Kieran Doyle said the company's offer was "an insult to a skilled workforce".

                The union said talks had been going on since the summer.
                """);
        assertThat(d.speakerOf("talks had been going on")).isEqualTo("Unite");
    }
}
