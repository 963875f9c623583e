package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct, partial and headline quotes versus scare quotes, titles of works and the writer's own words. */
class QuoteKindTest {
    @Test
    void scareQuotesAndTitlesOfWorksAreNotQuotes() {
        Detected d = Detected.in("""
                The so-called “peace dividend” never arrived, and the minister’s memoir “Years of Iron” sold poorly.

                The program, dubbed “Operation Clean Slate,” ends in May. Critics call the plan a “fig leaf.”
                """);
        assertThat(d.texts()).doesNotContain("peace dividend", "Years of Iron", "Operation Clean Slate");
        // "call" is a speech cue with a speaker: the critics' words are a partial quote
        assertThat(d.speakerOf("fig leaf")).isEqualTo("Critics");
    }

    @Test
    void writersAnalysisWithoutMarksIsNotAQuote() {
        Detected d = Detected.in("""
                The decision marks a sharp turn in the government’s energy policy and leaves the coal towns without a plan.
                """);
        assertThat(d.quotes()).isEmpty();
    }

    @Test
    void embeddedFragmentWithACueIsPartial() {
        Detected d = Detected.in("""
                Health Minister Olga Petrenko called the shortage “a scandal we saw coming” and promised new orders.
                """);
        assertThat(d.quote("a scandal we saw coming").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(d.speakerOf("a scandal we saw coming")).isEqualTo("Olga Petrenko");
    }

    @Test
    void quoteThatOpensTheSentenceIsDirect() {
        Detected d = Detected.in("""
                “the bridge will not reopen this year,” the transport department said.
                """);
        assertThat(d.quote("bridge will not reopen").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void headlineQuoteIsHeadlineKind() {
        Detected d = Detected.in("""
                Miners vow ‘no retreat’ as strike enters third week

                Union leader Frank Dolan said the strike would go on. “There will be no retreat,” Dolan said.
                """);
        assertThat(d.quote("no retreat", QuoteKind.HEADLINE).kind()).isEqualTo(QuoteKind.HEADLINE);
        assertThat(d.speakerName(d.quote("no retreat", QuoteKind.HEADLINE))).isEqualTo("Frank Dolan");
    }

    @Test
    void pageFurnitureIsSkipped() {
        Detected d = Detected.in("""
                Port reopens after storm

                “The cranes are back in service,” harbour master Ian Doyle said.

                Reporting by Sam Keller; Editing by Jo Park
                """);
        assertThat(d.quotes()).hasSize(1);
    }

    @Test
    void aWholeSentenceAfterOnXIsDirectNotPartial() {
        Detected d = Detected.in("""
                "This is a telling attack," President Anna Kovac wrote on X. "Only Russia continues to reject them all."
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly(
                "This is a telling attack", "Only Russia continues to reject them all");
        assertThat(d.texts(QuoteKind.PARTIAL)).isEmpty();
    }

    @Test
    void aTermInAHeadlineAfterAnArticleIsNoQuoteButAQuotedWordIs() {
        Detected term = Detected.in("""
                Analysis: Why the 'grand bargain' on ferries keeps slipping away

                Officials use the phrase for anything from a fare truce to a merger.
                """);
        assertThat(term.texts(QuoteKind.HEADLINE)).isEmpty();
        Detected quoted = Detected.in("""
                Harbour board backs 'painful' fare rise

                "It is painful but necessary," the board's chair, Mirela Novak, said.
                """);
        assertThat(quoted.texts(QuoteKind.HEADLINE)).containsExactly("painful");
    }
}
