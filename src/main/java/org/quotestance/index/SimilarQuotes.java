package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.StringReader;

/** "More like this" for a quote: its most telling stemmed words, weighed against the whole index. */
final class SimilarQuotes {
    private SimilarQuotes() {
    }

    /** A query for quotes like {@code text}, or null when the text has no telling words. */
    static Query query(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{IndexSchema.TEXT});
        // Quotes are short: a word used once is already telling, and rare words are the point.
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        if (reader.numDocs() > 1000) {
            mlt.setMaxDocFreqPct(20); // words in a fifth of all quotes say nothing about this one
        }
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        Query q = mlt.like(IndexSchema.TEXT, new StringReader(text));
        return q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
    }
}
