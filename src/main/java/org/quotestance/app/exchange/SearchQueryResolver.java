package org.quotestance.app.exchange;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.Hit;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.app.search.SortOrder;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Resolves an export's search query through the project's search, page by page, in relevance order. */
public final class SearchQueryResolver implements QueryResolver {
    private static final int PAGE = 500;
    private final ProjectSession session;

    public SearchQueryResolver(ProjectSession session) {
        this.session = session;
    }

    @Override
    public ExportScope.Quotes resolve(String query) {
        Map<String, Set<String>> quotes = new LinkedHashMap<>();
        int offset = 0;
        while (true) {
            SearchResults r = session.search(new SearchRequest(query, SortOrder.RELEVANCE, offset, PAGE, false));
            for (Hit h : r.hits()) {
                quotes.computeIfAbsent(h.articleId(), k -> new LinkedHashSet<>()).add(h.quoteId());
            }
            offset += r.hits().size();
            if (r.hits().isEmpty() || offset >= r.total()) {
                return new ExportScope.Quotes(quotes);
            }
        }
    }
}
