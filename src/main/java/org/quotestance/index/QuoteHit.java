package org.quotestance.index;

import org.quotestance.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One quote found, with what a result list shows. {@code span} locates the quote in its article's
 * text; {@code stamp} is the article file's stamp when the quote was indexed.
 */
public record QuoteHit(String quoteId, String articleId, String articleTitle, LocalDate published, String outlet,
                       String speakerId, String speaker, String kind, String status, List<String> stanceIds,
                       List<String> stanceNames, String annotator, Span span, String text, QuoteSnippet snippet,
                       float score, String stamp) {
    public QuoteHit {
        stanceIds = List.copyOf(stanceIds);
        stanceNames = List.copyOf(stanceNames);
    }
}
