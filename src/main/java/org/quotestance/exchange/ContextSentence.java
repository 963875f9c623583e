package org.quotestance.exchange;

import org.quotestance.model.Span;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The sentence(s) around a quote, for formats read by people and pipelines that want the quote in
 * its context. Never crosses a paragraph break: a quote at the top of a paragraph must not pull in
 * the last sentence of the paragraph before it.
 */
public final class ContextSentence {
    private ContextSentence() {
    }

    public static Span around(String text, Span span) {
        int paraStart = span.start() == 0 ? 0 : text.lastIndexOf('\n', span.start() - 1) + 1;
        int nl = text.indexOf('\n', span.end());
        int paraEnd = Math.max(span.end(), nl < 0 ? text.length() : nl);
        String para = text.substring(paraStart, paraEnd);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(para);
        int relStart = span.start() - paraStart;
        int relEnd = span.end() - paraStart;
        int from = relStart >= para.length() || it.isBoundary(relStart) ? relStart : it.preceding(relStart);
        int to = relEnd == 0 ? 0 : it.following(relEnd - 1);
        if (from == BreakIterator.DONE) {
            from = 0;
        }
        if (to == BreakIterator.DONE || to < relEnd) {
            to = para.length();
        }
        int start = paraStart + Math.min(from, relStart);
        int end = paraStart + to;
        while (end > span.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    public static String of(String text, Span span) {
        return around(text, span).of(text);
    }
}
