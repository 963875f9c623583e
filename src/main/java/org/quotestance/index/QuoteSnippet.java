package org.quotestance.index;

import org.quotestance.model.Span;

import java.util.List;

/** A piece of a quote's text to show in a result list, with the matched words marked. */
public record QuoteSnippet(String text, List<Span> marks) {
    public QuoteSnippet {
        marks = List.copyOf(marks);
    }
}
