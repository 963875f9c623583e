package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotation marks of every style, and apostrophes that are not quotation marks. */
class QuoteMarksTest {
    @Test
    void curlyAndStraightDoubleQuotes() {
        Detected d = Detected.in("""
                “We will rebuild the bridge by spring,” Mayor Ellen Varga said on Monday.

                "The money is already in the budget," said Tomas Reed, the city treasurer.
                """);
        assertThat(d.texts()).containsExactly("We will rebuild the bridge by spring",
                "The money is already in the budget");
    }

    @Test
    void apostrophesInsideWordsAreNotQuotes() {
        Detected d = Detected.in("""
                The union’s leader, Dana Pruitt, said the workers’ patience was gone. ‘We’re done waiting,’ she said.

                Officials in the ’90s built the Jones’ old mill, and Ukraine’s grain still passes it.
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly("We’re done waiting");
        assertThat(d.texts()).noneMatch(t -> t.startsWith("s ") || t.contains("90s built"));
    }

    @Test
    void straightSingleQuotesAtWordBoundariesOnly() {
        Detected d = Detected.in("""
                Residents said they can't sleep. 'It's the noise from the pumps all night,' said Anna Kowal, who lives nearby.
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly("It's the noise from the pumps all night");
        assertThat(d.speakerOf("noise from the pumps")).isEqualTo("Anna Kowal");
    }

    @Test
    void guillemetsWithNoBreakSpaces() {
        Detected d = Detected.in("""
                «\u00a0Nous ne reculerons pas sur la réforme\u00a0», a déclaré la ministre. The minister, Claire Dubois, said: «We will not retreat on the reform.»
                """);
        assertThat(d.texts()).contains("We will not retreat on the reform");
        assertThat(d.speakerOf("We will not retreat")).isEqualTo("Claire Dubois");
    }

    @Test
    void germanLowNineQuotesWithNestedSingles() {
        Detected d = Detected.in("""
                „Wir sagen ‚nein‘ zu neuen Schulden“, sagte Finanzminister Karl Brenner. „The budget must balance“, Brenner told reporters.
                """);
        assertThat(d.texts()).contains("Wir sagen ‚nein‘ zu neuen Schulden", "The budget must balance");
        assertThat(d.speakerOf("The budget must balance")).isEqualTo("Karl Brenner");
    }

    @Test
    void typewriterQuotes() {
        Detected d = Detected.in("""
                ``The border stays open to trade,'' Interior Minister Aino Virtanen said. ``We said `never' once, and we meant it.''
                """);
        assertThat(d.texts()).containsExactly("The border stays open to trade", "We said `never' once, and we meant it");
        assertThat(d.speakerOf("never")).isEqualTo("Aino Virtanen");
    }

    @Test
    void mismatchedPairStillPairs() {
        Detected d = Detected.in("“The plant will close in June,\" the company said in a statement.\n");
        assertThat(d.texts()).containsExactly("The plant will close in June");
    }

    @Test
    void quoteOverSeveralParagraphsReopensAtEach() {
        Detected d = Detected.in("""
                Fire chief Robert Lang described the night. “We had four engines on the hill by midnight and the wind turned twice.

                “By morning the ridge was black, but nobody on our crews was hurt.

                “That is the only number I care about,” he said.
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly(
                "We had four engines on the hill by midnight and the wind turned twice",
                "By morning the ridge was black, but nobody on our crews was hurt",
                "That is the only number I care about");
        assertThat(d.quotes()).allSatisfy(q -> assertThat(d.speakerName(q)).isEqualTo("Robert Lang"));
    }

    @Test
    void nestedQuoteStaysInsideItsQuote() {
        Detected d = Detected.in("""
                “When the minister told us ‘the money is coming,’ we believed him,” said farmer Jan Horvat.
                """);
        assertThat(d.texts()).containsExactly("When the minister told us ‘the money is coming,’ we believed him");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        Detected d = Detected.in("""
                Council member Rosa Diaz said: “We cannot keep patching this road every spring

                The council will vote on the repairs next week.
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly("We cannot keep patching this road every spring");
        assertThat(d.speakerOf("patching")).isEqualTo("Rosa Diaz");
        assertThat(d.quote("patching").confidence()).isLessThan(0.9);
    }
}
