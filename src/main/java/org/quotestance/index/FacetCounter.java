package org.quotestance.index;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Counts every facet dimension once per query, from the one sorted-set doc-values field that
 * holds them all. Each segment is counted into a plain array of its own ordinals, on both cores
 * when there are many hits, and only then mapped to the reader's global ordinals: no atomic
 * counter per document (what Lucene's concurrent counter pays) and no mapping per document.
 * The ordinal state of a reader is costly to build and does not change until the next refresh,
 * so it is cached, together with the counts of the query that matches every quote (the Search
 * pane's first view), for the current reader.
 */
final class FacetCounter {
    /** Below this many hits the per-segment threads cost more than they save. */
    private static final int PARALLEL_FROM = 20_000;
    private final int parallelFrom;
    /** Facet values are stored as "dimension" + this + "value" (Lucene's path encoding). */
    private static final char DELIMITER = FacetsConfig.DELIM_CHAR;

    private final FacetsConfig config;
    private final ExecutorService executor;
    private SortedSetDocValuesReaderState cached;
    private int[] everythingCounts;

    FacetCounter(FacetsConfig config, ExecutorService executor) {
        this(config, executor, PARALLEL_FROM);
    }

    /** @param parallelFrom from how many hits segments are counted on the executor's threads */
    FacetCounter(FacetsConfig config, ExecutorService executor, int parallelFrom) {
        this.config = config;
        this.executor = executor;
        this.parallelFrom = parallelFrom;
    }

    private synchronized SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        if (cached == null || cached.getReader() != reader) {
            everythingCounts = null;
            try {
                cached = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                cached = null; // an index without quotes has no facet field at all
            }
        }
        return cached;
    }

    /**
     * @param matchesEverything the query is the one that matches every quote, whose counts are
     *                          kept for the reader
     */
    Map<String, List<FacetValue>> count(IndexReader reader, FacetsCollector hits, long total, int topN,
                                        ProjectVocabulary vocabulary, boolean matchesEverything) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        IndexSchema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        SortedSetDocValuesReaderState state = stateFor(reader);
        if (state == null || total == 0) {
            return out;
        }
        int[] counts = matchesEverything ? everythingCounts(state, hits, total) : countAll(state, hits, total);
        SortedSetDocValues labels = state.getDocValues();
        for (String dim : IndexSchema.FACET_DIMS) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range == null) {
                continue; // no document has this dimension yet
            }
            boolean month = dim.equals(IndexSchema.FACET_MONTH);
            List<Integer> ords = month ? allCounted(counts, range) : topCounted(counts, range, topN);
            List<FacetValue> values = new ArrayList<>(ords.size());
            for (int ord : ords) {
                String value = label(labels, ord);
                String shown = dim.equals(IndexSchema.FACET_STANCE) ? vocabulary.stanceName(value) : value;
                values.add(new FacetValue(value, shown, counts[ord]));
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    private int[] everythingCounts(SortedSetDocValuesReaderState state, FacetsCollector hits, long total)
            throws IOException {
        synchronized (this) {
            if (everythingCounts != null && cached == state) {
                return everythingCounts;
            }
        }
        int[] counts = countAll(state, hits, total);
        synchronized (this) {
            if (cached == state) {
                everythingCounts = counts;
            }
        }
        return counts;
    }

    /** Global ordinal to number of hits, over all segments. */
    private int[] countAll(SortedSetDocValuesReaderState state, FacetsCollector hits, long total) throws IOException {
        int[] counts = new int[state.getSize()];
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap ordinalMap = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<FacetsCollector.MatchingDocs> segments = hits.getMatchingDocs();
        if (total < parallelFrom || segments.size() < 2) {
            for (FacetsCollector.MatchingDocs md : segments) {
                addSegment(counts, md, countSegment(state, md), ordinalMap);
            }
            return counts;
        }
        List<Future<int[]>> futures = new ArrayList<>(segments.size());
        for (FacetsCollector.MatchingDocs md : segments) {
            futures.add(executor.submit(() -> countSegment(state, md)));
        }
        try {
            for (int i = 0; i < segments.size(); i++) {
                addSegment(counts, segments.get(i), futures.get(i).get(), ordinalMap);
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while counting facets", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("facet counting failed", e.getCause());
        }
        return counts;
    }

    /** Hits per ordinal of one segment (null when the segment has no facet values or no hits). */
    private static int[] countSegment(SortedSetDocValuesReaderState state, FacetsCollector.MatchingDocs md)
            throws IOException {
        if (md.totalHits == 0) {
            return null;
        }
        SortedSetDocValues dv = md.context.reader().getSortedSetDocValues(state.getField());
        DocIdSetIterator docs = md.bits.iterator();
        if (dv == null || docs == null) {
            return null;
        }
        int[] segmentCounts = new int[(int) dv.getValueCount()];
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (dv.advanceExact(doc)) {
                for (int i = dv.docValueCount(); i > 0; i--) {
                    segmentCounts[(int) dv.nextOrd()]++;
                }
            }
        }
        return segmentCounts;
    }

    private static void addSegment(int[] counts, FacetsCollector.MatchingDocs md, int[] segmentCounts,
                                   OrdinalMap ordinalMap) {
        if (segmentCounts == null) {
            return;
        }
        if (ordinalMap == null) {
            for (int ord = 0; ord < segmentCounts.length; ord++) {
                counts[ord] += segmentCounts[ord];
            }
            return;
        }
        LongValues toGlobal = ordinalMap.getGlobalOrds(md.context.ord);
        for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] != 0) {
                counts[(int) toGlobal.get(ord)] += segmentCounts[ord];
            }
        }
    }

    /** The {@code topN} ordinals of the range with the most hits; ties go to the first in label order. */
    private static List<Integer> topCounted(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int topN) {
        List<Integer> ords = allCounted(counts, range);
        ords.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        return ords.size() > topN ? new ArrayList<>(ords.subList(0, Math.max(0, topN))) : ords;
    }

    /** Every ordinal of the range with a hit, in label order. */
    private static List<Integer> allCounted(int[] counts, SortedSetDocValuesReaderState.OrdRange range) {
        List<Integer> ords = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                ords.add(ord);
            }
        }
        return ords;
    }

    private static String label(SortedSetDocValues labels, int ord) throws IOException {
        BytesRef term = labels.lookupOrd(ord);
        String path = term.utf8ToString();
        int cut = path.indexOf(DELIMITER);
        return cut < 0 ? path : path.substring(cut + 1);
    }
}
