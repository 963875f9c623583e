package org.quotestance.app.search;

/**
 * A search as a person asks it.
 *
 * @param query  the query text, e.g. {@code speaker:"Pete Hegseth" stance:"No U.S. troops in Ukraine"
 *               published:[2025-01-01 TO 2025-03-31]}; empty means every quote
 * @param offset first hit of the page (0-based)
 * @param limit  hits per page
 * @param facets whether to count speakers, stances, outlets, kinds, statuses and months
 */
public record SearchRequest(String query, SortOrder sort, int offset, int limit, boolean facets) {
    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        query = query == null ? "" : query;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** First page, by relevance, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT, true);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(query, s, offset, limit, facets);
    }

    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(query, sort, newOffset, newLimit, facets);
    }

    public SearchRequest withFacets(boolean f) {
        return new SearchRequest(query, sort, offset, limit, f);
    }
}
