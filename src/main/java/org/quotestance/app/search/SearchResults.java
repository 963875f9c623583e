package org.quotestance.app.search;

import java.util.List;

/**
 * One page of a search: the exact number of matching quotes, the hits of this page, and facet
 * counts over all matches (not just the page).
 */
public record SearchResults(SearchRequest request, long total, List<Hit> hits, FacetCounts facets, double tookMillis) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    public boolean hasMore() {
        return request.offset() + hits.size() < total;
    }
}
