package org.quotestance.index;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import static org.quotestance.index.IndexSchema.ARTICLE;
import static org.quotestance.index.IndexSchema.STANCE_ID;
import static org.quotestance.index.IndexSchema.TYPE;
import static org.quotestance.index.IndexSchema.TYPE_QUOTE;

/** How many quotes carry any of some stances, and the articles they are in. */
public record StanceUse(long quotes, Set<String> articleIds) {

    /** Counts on one searcher: every quote with one of the stances, and its article's id. */
    static StanceUse count(IndexSearcher searcher, Collection<String> stanceIds) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        stanceIds.forEach(id -> any.add(new TermQuery(new Term(STANCE_ID, id)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, TYPE_QUOTE)), Occur.FILTER)
                .add(any.build(), Occur.FILTER).build();
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        Set<String> articles = new TreeSet<>();
        long quotes = 0;
        for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
            quotes += md.totalHits;
            SortedDocValues ids = md.context.reader().getSortedDocValues(ARTICLE);
            DocIdSetIterator docs = md.bits.iterator();
            if (ids == null || docs == null) {
                continue;
            }
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (ids.advanceExact(doc)) {
                    articles.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
            }
        }
        return new StanceUse(quotes, articles);
    }
}
