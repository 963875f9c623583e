package org.quotestance.index;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Counts every facet dimension once per query. The ordinal state of a reader is costly to build
 * and does not change until the next refresh, so it is cached for the current reader.
 */
final class FacetCounter {
    /** Below this many hits the per-segment threads cost more than they save. */
    private static final int CONCURRENT_FROM = 50_000;

    private final FacetsConfig config;
    private final ExecutorService executor;
    private SortedSetDocValuesReaderState cached;

    FacetCounter(FacetsConfig config, ExecutorService executor) {
        this.config = config;
        this.executor = executor;
    }

    private synchronized SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        if (cached == null || cached.getReader() != reader) {
            try {
                cached = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                cached = null; // an index without quotes has no facet field at all
            }
        }
        return cached;
    }

    Map<String, List<FacetValue>> count(IndexReader reader, FacetsCollector hits, long total, int topN,
                                        ProjectVocabulary vocabulary) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        IndexSchema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        SortedSetDocValuesReaderState state = stateFor(reader);
        if (state == null || total == 0) {
            return out;
        }
        Facets facets;
        try {
            facets = total >= CONCURRENT_FROM
                    ? new ConcurrentSortedSetDocValuesFacetCounts(state, hits, executor)
                    : new SortedSetDocValuesFacetCounts(state, hits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while counting facets", e);
        }
        for (String dim : IndexSchema.FACET_DIMS) {
            if (state.getOrdRange(dim) == null) {
                continue; // no document has this dimension yet
            }
            boolean month = dim.equals(IndexSchema.FACET_MONTH);
            FacetResult r = month ? facets.getAllChildren(dim) : facets.getTopChildren(topN, dim);
            if (r == null) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>(r.labelValues.length);
            LabelAndValue[] lv = r.labelValues.clone();
            if (month) {
                Arrays.sort(lv, Comparator.comparing(x -> x.label));
            }
            for (LabelAndValue v : lv) {
                if (v.value.intValue() == 0) {
                    continue;
                }
                String label = dim.equals(IndexSchema.FACET_STANCE) ? vocabulary.stanceName(v.label) : v.label;
                values.add(new FacetValue(v.label, label, v.value.intValue()));
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }
}
