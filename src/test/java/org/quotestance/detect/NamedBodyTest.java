package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The company said", "the carmaker said" stand for the body the story names: in the same
 * sentence, in the sentence before (even when that body has already spoken), or, far from any
 * other, in the story's lede. Stories written for the test.
 */
class NamedBodyTest {
    @Test
    void theNominalAfterTheClauseIsTheSentencesOwnSubject() {
        Detected d = Detected.in("""
                Halden Foods will close two bakeries in Wales, the manufacturer said on Monday.
                """);
        assertThat(d.speakerOf("Halden Foods will close two bakeries")).isEqualTo("Halden Foods");
    }

    @Test
    void aBodyThatSpokeInTheSentenceBeforeIsStillTheCompany() {
        Detected d = Detected.in("""
                Workers at the Fjordline depot walked out on Tuesday.

                Fjordline Cargo said in a statement it regretted the walkout and that its offer was "fair". The company said deliveries to hospitals would continue.
                """);
        assertThat(d.quote("it regretted the walkout", QuoteKind.INDIRECT)).isNotNull();
        assertThat(d.speakerOf("it regretted the walkout")).isEqualTo("Fjordline Cargo");
        assertThat(d.speakerOf("deliveries to hospitals would continue")).isEqualTo("Fjordline Cargo");
    }

    @Test
    void farFromAnyOtherBodyTheCompanyIsTheOneTheLedeIsAbout() {
        Detected d = Detected.in("""
                Korsvik Motors will cut 1,800 jobs in Sweden, as demand for diesel engines falls.

                Union leader Maja Ekdahl said the cuts were "a betrayal". "We will fight this," she said.

                Regional governor Nils Dahl said the state would seek talks. "We expect answers," he said.

                The cuts will be spread over two years and the company said it hoped most would be voluntary.
                """);
        assertThat(d.speakerOf("it hoped most would be voluntary")).isEqualTo("Korsvik Motors");
    }

    @Test
    void anOutletCreditUnderTheBylineIsNoBodyAndAUnionIsNoCompany() {
        Detected d = Detected.in("""
                Rail staff strike over rosters

                By Lena Sorensen
                Nordic Press

                Train drivers in southern Sweden walked out on Friday over new shift rosters.

                "We have been patient for a year," said union negotiator Erik Palm.

                Ticket sales fell by a third, operators said. The union said the strike would last until Monday.
                """);
        assertThat(d.speakerOf("the strike would last until Monday")).isEqualTo("Union");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().contains("Nordic Press"));
    }
}
