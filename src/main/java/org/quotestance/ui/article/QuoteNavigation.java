package org.quotestance.ui.article;

import org.quotestance.model.Quote;

import java.util.List;
import java.util.Optional;

/** Next and previous quote in reading order (quotes are kept sorted by where they start). */
final class QuoteNavigation {
    private QuoteNavigation() {
    }

    static Optional<Quote> next(List<Quote> quotes, String currentId) {
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        int i = indexOf(quotes, currentId);
        if (i < 0) {
            return Optional.of(quotes.get(0));
        }
        return Optional.of(quotes.get(Math.min(i + 1, quotes.size() - 1)));
    }

    static Optional<Quote> previous(List<Quote> quotes, String currentId) {
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        int i = indexOf(quotes, currentId);
        if (i < 0) {
            return Optional.of(quotes.get(quotes.size() - 1));
        }
        return Optional.of(quotes.get(Math.max(i - 1, 0)));
    }

    /** The quote under a character of the text; the innermost (shortest) when quotes nest. */
    static Optional<Quote> at(List<Quote> quotes, int offset) {
        Quote best = null;
        for (Quote q : quotes) {
            if (q.span().start() > offset) {
                break;
            }
            if (q.span().contains(offset) && (best == null || q.span().length() < best.span().length())) {
                best = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int indexOf(List<Quote> quotes, String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
