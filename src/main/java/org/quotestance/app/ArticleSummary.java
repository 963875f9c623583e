package org.quotestance.app;

import org.quotestance.model.Article;

import java.time.LocalDate;

/** One row of an article list: what the list shows without the text. */
public record ArticleSummary(String id, String title, String outlet, LocalDate published, int quotes,
                             int unreviewed) {
    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.meta().title(), a.meta().outlet(), a.meta().published(),
                a.quotes().size(), (int) a.unreviewedCount());
    }
}
