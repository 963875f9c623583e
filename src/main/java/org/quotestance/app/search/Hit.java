package org.quotestance.app.search;

import org.quotestance.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One quote found. {@code span} locates the quote in the article's text, so a result can open the
 * article at the quote. Values may be null when the article or quote lacks them.
 *
 * @param speaker     the speaker's canonical name
 * @param stanceNames names from the codebook, in the order of {@code stanceIds}
 * @param score       relevance (0 when sorted by date)
 */
public record Hit(String quoteId, String articleId, String articleTitle, LocalDate published, String outlet,
                  String speakerId, String speaker, String kind, String status, List<String> stanceIds,
                  List<String> stanceNames, String annotator, Span span, String text, Snippet snippet, float score) {
    public Hit {
        stanceIds = List.copyOf(stanceIds);
        stanceNames = List.copyOf(stanceNames);
    }
}
