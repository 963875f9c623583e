package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes that a set of stories written as a held-out check (wire, local, Washington and feature
 * styles) showed the detector missing; each test is on text written for it.
 */
class HeldOutShapesTest {
    @Test
    void barePluralSubjectWithAVerbAndNoAuxiliaryIsAReportedClause() {
        Detected d = Detected.in("""
                Rail budget falls short

                By Mara Quint

                Planner Rosa Lind studies the city's rail budget. She says councils need more money for signals.

                Her colleague Arjun Patel said engineers checked the signals two years ago.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).contains("councils need more money for signals",
                "engineers checked the signals two years ago");
        assertThat(d.speakerOf("councils need")).isEqualTo("Rosa Lind");
        assertThat(d.speakerOf("engineers checked")).isEqualTo("Arjun Patel");
    }

    @Test
    void aLonePluralAfterSaidOpensNothing() {
        Detected d = Detected.in("""
                Search for missing sailors goes on

                By Mara Quint

                The captain said thanks to the crew. Later she said prayers for the missing sailors.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void aSpeechNounAfterACountIsNoCue() {
        Detected d = Detected.in("""
                Depot jobs at risk

                By Mara Quint

                Branch secretary Lorna Voss said about 30 posts were at risk at the depot.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("about 30 posts were at risk at the depot");
        assertThat(d.speakerOf("posts were at risk")).isEqualTo("Lorna Voss");
    }

    @Test
    void theAgeOfThePersonStandsForThem() {
        Detected d = Detected.in("""
                A pilot's last winter

                By Mara Quint

                Anneke Groot, a ferry pilot, has crossed the strait for two decades.

                “The winters are getting wilder,” the 61-year-old told the Gazette.
                """);
        assertThat(d.speakerOf("winters are getting wilder")).isEqualTo("Anneke Groot");
        assertThat(d.mentionOf("winters are getting wilder")).isEqualTo("the 61-year-old");
    }

    @Test
    void theSubjectOfADatelinedSentenceComesAfterTheDash() {
        Detected d = Detected.in("""
                Harvest fails across the valley

                By Mara Quint

                MOPTI, Mali (AFP) — Seydou Traoré has farmed rice by the river since he was a boy. This year, he says, the fields flooded twice.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).contains("the fields flooded twice");
        assertThat(d.speakerOf("fields flooded twice")).isEqualTo("Seydou Traoré");
    }

    @Test
    void theSpokespersonIsTheUnnamedOneJustQuotedNotTheProfiledOfficial() {
        Detected d = Detected.in("""
                Ferry strike enters second week

                By Mara Quint

                Sofia Marin has run the ferry café on the quay for eleven years. This week, she says, she has barely sold a coffee.

                The region’s transport minister, Henrik Olsen, said in a statement on Monday that the government would review the ferry contract and publish it “in full”.

                A Nordline Ferries spokesperson said the company’s offer to the crews, which was made in May, had been generous. “Our crews are among the best paid in Europe,” the spokesperson told the Gazette.
                """);
        assertThat(d.speakerOf("Our crews are among the best paid")).isEqualTo("A Nordline Ferries spokesperson");
        assertThat(d.speakerOf("review the ferry contract")).isEqualTo("Henrik Olsen");
    }

    @Test
    void anUnnamedSourceKeepsHowItKnows() {
        Detected d = Detected.in("""
                Port sale nears

                By Mara Quint

                The harbour board expects to sell its stake before spring, according to two people with knowledge of the talks.
                """);
        assertThat(d.speakerOf("sell its stake")).isEqualTo("Two people with knowledge of the talks");
    }

    @Test
    void anAgeAndARelativeClauseBetweenTheNameAndTheCue() {
        Detected d = Detected.in("""
                Library hours cut

                By Mara Quint

                Retired teacher Edna Polk, 79, who visits the branch every morning, said she would miss the reading room most.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("she would miss the reading room most");
        assertThat(d.speakerOf("miss the reading room")).isEqualTo("Edna Polk");
    }

    @Test
    void aClauseOpenedByAccordingToIsTheSourcesEvenWithACueInside() {
        Detected d = Detected.in("""
                Budget talks drag on

                By Mara Quint

                According to a Treasury official, the chancellor has told colleagues she would accept a smaller cut.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT))
                .containsExactly("the chancellor has told colleagues she would accept a smaller cut");
        assertThat(d.speakerOf("accept a smaller cut")).isEqualTo("A Treasury official");
    }

    @Test
    void cllrIsAnHonorificNotPartOfTheName() {
        Detected d = Detected.in("""
                Bus lanes scrapped

                By Mara Quint

                Opposition leader Cllr Priya Saddiq called the decision ‘a gift to the car lobby’.
                """);
        assertThat(d.speakerOf("a gift to the car lobby")).isEqualTo("Priya Saddiq");
    }

    @Test
    void anUnnamedGroupIsWhoItsRelativeClauseOrParticipleSaysItIs() {
        Detected d = Detected.in("""
                Harbour dredging plan divides the town

                By Mara Quint

                The dredging would cost $40 million. Councillors who voted for it say the channel is silting up.

                Skippers whose boats use the channel said the work would scare off the fish. Volunteers working on
                the wreck said the water was already murky.
                """);
        assertThat(d.speakerOf("the channel is silting up")).isEqualTo("Councillors who voted for it");
        assertThat(d.speakerOf("scare off the fish")).isEqualTo("Skippers whose boats use the channel");
        assertThat(d.speakerOf("already murky")).isEqualTo("Volunteers working on\nthe wreck");
    }
}
