package org.quotestance.ingest;

import java.util.List;

/**
 * What a reader got out of one source: the articles, and the items it could not read. A JSON
 * Lines file with one broken line still yields the other lines' articles.
 */
public record ReadOutcome(List<ArticleDraft> articles, List<ItemProblem> problems) {
    public ReadOutcome {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public static ReadOutcome of(ArticleDraft draft) {
        return new ReadOutcome(List.of(draft), List.of());
    }

    /**
     * One item of a source that could not be read.
     *
     * @param where  "line 5", "item 3"
     * @param reason why, for the user
     */
    public record ItemProblem(String where, String reason) {
    }
}
