package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

class ContextSentenceTest {
    private static String context(String text, String words) {
        int at = text.indexOf(words);
        return ContextSentence.of(text, new Span(at, at + words.length()));
    }

    @Test
    void takesTheWholeSentenceAroundTheQuoteIncludingTheCue() {
        String text = "Markets fell. “We will hold the line,” Sorel said on Monday. Nobody else spoke.";
        assertThat(context(text, "We will hold the line,")).isEqualTo("“We will hold the line,” Sorel said on Monday.");
    }

    @Test
    void neverCrossesAParagraphBreak() {
        String text = "The vote was close\n“It is done,” the clerk said";
        assertThat(context(text, "It is done,")).isEqualTo("“It is done,” the clerk said");
    }

    @Test
    void aQuoteOfSeveralSentencesKeepsThemAll() {
        String text = "Intro. He said: “First. Second.” Then he left. Outro.";
        assertThat(context(text, "First. Second.")).contains("He said: “First. Second.”");
    }
}
