package org.quotestance.index;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the exact number of matching quotes and, when asked, facet counts per
 * dimension (keys of {@link IndexSchema#FACET_DIMS}; months in calendar order, others by count).
 */
public record QuoteResults(long total, List<QuoteHit> hits, Map<String, List<FacetValue>> facets, long tookNanos) {
    public QuoteResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
