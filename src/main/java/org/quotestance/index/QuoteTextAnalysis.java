package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One pass of tokenising a quote serves both of its text fields (ADR 0704). The exact field is
 * {@link StandardAnalyzer}: the standard tokenizer, lower-cased. {@link EnglishAnalyzer} is the same
 * tokenizer with possessives, lower case, stop words and the Porter stemmer; possessive removal
 * takes {@code 's} and {@code 'S} alike, so it may run after lower-casing. So the quote is
 * tokenised and lower-cased once, and the stemmed field replays those tokens through the English
 * filters. The query side keeps the two analyzers of {@link IndexSchema#analyzer()};
 * {@code QuoteTextAnalysisTest} checks that both give the same tokens.
 * <p>
 * One instance per indexing thread (the tokens of the last quote are cached, keyed by the text
 * object), because Lucene asks for the fields' streams one after another on the thread that adds
 * the document.
 */
final class QuoteTextAnalysis {
    private static final ThreadLocal<QuoteTextAnalysis> PER_THREAD = ThreadLocal.withInitial(QuoteTextAnalysis::new);

    private final Analyzer exactAnalyzer = new StandardAnalyzer();
    private final Replay exactReplay = new Replay(this);
    private final Replay stemmedSource = new Replay(this);
    private final TokenStream stemmed = new PorterStemFilter(new StopFilter(
            new EnglishPossessiveFilter(stemmedSource), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));

    /** The text whose tokens are cached (compared by identity: both fields hold the same String). */
    private String analysed;
    private int count;
    private char[] chars = new char[256];
    private int[] termEnds = new int[32];
    private int[] startOffsets = new int[32];
    private int[] endOffsets = new int[32];
    private int[] increments = new int[32];

    private QuoteTextAnalysis() {
    }

    static QuoteTextAnalysis forThisThread() {
        return PER_THREAD.get();
    }

    /** The tokens of the exact field (unstemmed, lower-cased, every word). */
    TokenStream exact(String text) {
        analyse(text);
        return exactReplay;
    }

    /** The tokens of the stemmed field (English: no stop words, Porter stems). */
    TokenStream stemmed(String text) {
        analyse(text);
        return stemmed;
    }

    private void analyse(String text) {
        if (text == analysed) {
            return;
        }
        analysed = null;
        count = 0;
        int used = 0;
        try (TokenStream ts = exactAnalyzer.tokenStream(IndexSchema.TEXT_EXACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (count == termEnds.length) {
                    int n = ArrayUtil.oversize(count + 1, Integer.BYTES);
                    termEnds = ArrayUtil.growExact(termEnds, n);
                    startOffsets = ArrayUtil.growExact(startOffsets, n);
                    endOffsets = ArrayUtil.growExact(endOffsets, n);
                    increments = ArrayUtil.growExact(increments, n);
                }
                chars = ArrayUtil.grow(chars, used + term.length());
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                used += term.length();
                termEnds[count] = used;
                startOffsets[count] = offset.startOffset();
                endOffsets[count] = offset.endOffset();
                increments[count] = inc.getPositionIncrement();
                count++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        analysed = text;
    }

    /** Plays the cached tokens back; reset by Lucene (through the filters) before each field. */
    private static final class Replay extends TokenStream {
        private final QuoteTextAnalysis tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private int next;

        Replay(QuoteTextAnalysis tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : tokens.termEnds[next - 1];
            term.copyBuffer(tokens.chars, from, tokens.termEnds[next] - from);
            offset.setOffset(tokens.startOffsets[next], tokens.endOffsets[next]);
            inc.setPositionIncrement(tokens.increments[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int length = tokens.analysed == null ? 0 : tokens.analysed.length();
            offset.setOffset(length, length);
        }
    }
}
