package org.quotestance.app.search;

import org.quotestance.model.Span;

import java.util.List;

/**
 * A piece of a quote to show in a result list; {@code marks} are the matched words as ranges of
 * {@code text} (not of the article). "…" stands where text was left out.
 */
public record Snippet(String text, List<Span> marks) {
    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark wrapped, e.g. {@code marked("[", "]")} or ANSI bold for a terminal. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span m : marks) {
            b.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
