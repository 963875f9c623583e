package org.quotestance.model;

/**
 * The exact text of a span with a little context on either side, so an annotation can be
 * re-anchored when an article is re-imported from a slightly different copy (W3C TextQuoteSelector).
 */
public record TextSelector(String exact, String prefix, String suffix) {
    static final int CONTEXT = 32;

    public static TextSelector of(String text, Span span) {
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(text.length(), span.end() + CONTEXT);
        return new TextSelector(span.of(text), text.substring(from, span.start()), text.substring(span.end(), to));
    }
}
