package org.quotestance.ui.articles;

import org.quotestance.app.ArticleSummary;

import java.util.Comparator;
import java.util.Locale;

/** The orders the article list offers. */
public enum ArticleSort {
    NEWEST("Newest first", Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.reverseOrder()))),
    OLDEST("Oldest first", Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.naturalOrder()))),
    TITLE("Title", Comparator.comparing(s -> s.title() == null ? "" : s.title().toLowerCase(Locale.ROOT)));

    private final String label;
    private final Comparator<ArticleSummary> order;

    ArticleSort(String label, Comparator<ArticleSummary> order) {
        this.label = label;
        this.order = order;
    }

    /** The order, ties broken by title and id so the list never jumps between equal rows. */
    public Comparator<ArticleSummary> comparator() {
        return order.thenComparing(s -> s.title() == null ? "" : s.title()).thenComparing(ArticleSummary::id);
    }

    @Override
    public String toString() {
        return label;
    }
}
