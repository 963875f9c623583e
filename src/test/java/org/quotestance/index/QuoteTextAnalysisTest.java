package org.quotestance.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index tokenises a quote once for both text fields; queries and the highlighter analyse with
 * the two analyzers of the schema. Both must give the same terms, offsets and positions.
 */
class QuoteTextAnalysisTest {
    private final Analyzer schema = IndexSchema.analyzer();

    @Test
    void aNewsSentenceGivesTheSchemasTokensInBothFields() throws IOException {
        String quote = "“The Minister’s troops AREN'T leaving Kyiv's suburbs,” said O'Neill, "
                + "adding that the U.S.-led talks of 2025 were running late.";
        assertSameTokens(quote);
        assertThat(terms(QuoteTextAnalysis.forThisThread().stemmed(quote)))
                .contains("minist", "troop", "kyiv", "suburb", "run").doesNotContain("the", "of", "minister’s");
        assertThat(terms(QuoteTextAnalysis.forThisThread().exact(quote)))
                .contains("the", "minister’s", "troops", "aren't", "of", "running");
    }

    @Test
    void tokensFollowTheTextWhenTheSameThreadIndexesTheNextQuote() throws IOException {
        QuoteTextAnalysis analysis = QuoteTextAnalysis.forThisThread();
        String first = "Sanctions are working.";
        String second = "Ceasefire talks collapsed overnight.";
        assertThat(terms(analysis.exact(first))).containsExactly("sanctions", "are", "working");
        assertThat(terms(analysis.exact(second))).containsExactly("ceasefire", "talks", "collapsed", "overnight");
        assertThat(terms(analysis.stemmed(second))).containsExactly("ceasefir", "talk", "collaps", "overnight");
        assertThat(terms(analysis.stemmed(first))).containsExactly("sanction", "work");
    }

    @Property(tries = 300)
    void anyTextGivesTheSchemasTokens(@ForAll("quotes") String text) throws IOException {
        assertSameTokens(text);
    }

    @Provide
    Arbitrary<String> quotes() {
        Arbitrary<String> word = Arbitraries.of("The", "troops", "minister's", "MINISTER'S", "Kyiv’s", "U.S.",
                "don't", "and", "NATO", "2025", "e-mail", "it", "is", "running", "ran", "“", "”", ",", ".", "-",
                "x".repeat(300), "café", "naïve", "12:30", "3.5%", "@press", "Zelenskyy", "a", "'s", "S", "an");
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\n", "\n\n", "", "\t");
        return Arbitraries.entries(word, gap).list().ofMaxSize(40)
                .map(parts -> {
                    StringBuilder sb = new StringBuilder();
                    parts.forEach(e -> sb.append(e.getKey()).append(e.getValue()));
                    return sb.toString();
                });
    }

    private void assertSameTokens(String text) throws IOException {
        QuoteTextAnalysis analysis = QuoteTextAnalysis.forThisThread();
        assertThat(tokens(analysis.exact(text))).isEqualTo(tokens(schema.tokenStream(IndexSchema.TEXT_EXACT, text)));
        assertThat(tokens(analysis.stemmed(text))).isEqualTo(tokens(schema.tokenStream(IndexSchema.TEXT, text)));
    }

    /** term@position[start,end) for every token. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        return tokens(stream).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
    }
}
