package org.quotestance.app.search;

import org.quotestance.index.FacetValue;
import org.quotestance.index.QuerySyntaxException;
import org.quotestance.index.QuoteHit;
import org.quotestance.index.QuoteIndex;
import org.quotestance.index.QuoteQuery;
import org.quotestance.index.QuoteResults;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search and "more like this" over an open project. Before results go out, each hit's article
 * file is checked against the stamp it was indexed from; a hit whose file changed behind the
 * index's back is re-indexed and the search run again, so no result shows a quote the files no
 * longer hold. Blocking: call from a worker.
 */
public final class QuoteSearch {
    private final IndexSync sync;

    public QuoteSearch(IndexSync sync) {
        this.sync = sync;
    }

    /** @throws InvalidQueryException with a one-line message when the query cannot be understood */
    public SearchResults search(SearchRequest request) {
        sync.refreshVocabulary();
        QuoteQuery q = new QuoteQuery(request.query(),
                request.sort() == SortOrder.DATE ? QuoteQuery.Order.DATE : QuoteQuery.Order.RELEVANCE,
                request.offset(), request.limit(), request.facets(), 20);
        QuoteResults r = run(q);
        Set<String> stale = staleArticles(r.hits());
        if (!stale.isEmpty()) {
            sync.repair(stale);
            r = run(q);
        }
        return new SearchResults(request, r.total(), r.hits().stream().map(QuoteSearch::hit).toList(),
                request.facets() ? facets(r.facets()) : FacetCounts.NONE, r.tookNanos() / 1e6);
    }

    private QuoteResults run(QuoteQuery q) {
        try {
            return index().search(q);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage(), e.column());
        }
    }

    /** Quotes most like this one (the quote itself left out), best first. */
    public List<Hit> moreLikeThis(String quoteId, int limit) {
        sync.refreshVocabulary();
        List<QuoteHit> hits = index().moreLikeThis(quoteId, limit);
        Set<String> stale = staleArticles(hits);
        if (!stale.isEmpty()) {
            sync.repair(stale);
            hits = index().moreLikeThis(quoteId, limit);
        }
        return hits.stream().map(QuoteSearch::hit).toList();
    }

    private QuoteIndex index() {
        return sync.index();
    }

    private Set<String> staleArticles(List<QuoteHit> hits) {
        Set<String> stale = new LinkedHashSet<>();
        for (QuoteHit h : hits) {
            if (!stale.contains(h.articleId()) && sync.isStale(h.articleId(), h.stamp())) {
                stale.add(h.articleId());
            }
        }
        return stale;
    }

    static Hit hit(QuoteHit h) {
        return new Hit(h.quoteId(), h.articleId(), h.articleTitle(), h.published(), h.outlet(), h.speakerId(),
                h.speaker(), h.kind(), h.status(), h.stanceIds(), h.stanceNames(), h.annotator(), h.span(), h.text(),
                new Snippet(h.snippet().text(), h.snippet().marks()), h.score());
    }

    private static FacetCounts facets(Map<String, List<FacetValue>> byDim) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : FacetCounts.DIMENSIONS) {
            out.put(dim, byDim.getOrDefault(dim, List.of()).stream()
                    .map(f -> new FacetCount(f.value(), f.label(), f.count())).toList());
        }
        return new FacetCounts(out);
    }
}
