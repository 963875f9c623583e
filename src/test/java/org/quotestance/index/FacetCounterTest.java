package org.quotestance.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counter against Lucene's own sorted-set counting, on an index of many segments with
 * skewed values, a multi-valued dimension, documents without some dimensions and a deleted
 * document: counts, order (most hits first, ties in label order) and the top-N cut must agree,
 * whether segments are counted on one thread or several, and for the cached everything-query.
 */
class FacetCounterTest {
    private final FacetsConfig config = IndexSchema.facetsConfig();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private Directory directory;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(20250212);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 3000; i++) {
                Document d = new Document();
                d.add(new StringField("id", "q" + i, Field.Store.NO));
                d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                // a skewed spread, so counts tie often among the rare values
                d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SPEAKER, "speaker " + skewed(random, 60)));
                if (random.nextInt(10) > 0) {
                    d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, "Outlet " + skewed(random, 12)));
                }
                for (int s = random.nextInt(3); s > 0; s--) {
                    d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_STANCE, "st-" + skewed(random, 9)));
                }
                d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_MONTH,
                        "2025-" + String.format("%02d", 1 + random.nextInt(12))));
                d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_KIND, random.nextBoolean() ? "direct" : "indirect"));
                w.addDocument(config.build(d));
                if (i % 400 == 399) {
                    w.flush(); // a new segment
                }
            }
            w.deleteDocuments(new Term("id", "q7"));
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(5);
    }

    private static int skewed(Random random, int n) {
        return (int) Math.floor(Math.pow(random.nextDouble(), 3) * n);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
        pool.shutdown();
    }

    private Query query(String which) {
        return switch (which) {
            case "all" -> new MatchAllDocsQuery();
            case "even" -> new TermQuery(new Term("parity", "even"));
            case "none" -> new TermQuery(new Term("parity", "neither"));
            default -> new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("parity", "odd")), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("id", "q9")), BooleanClause.Occur.MUST).build();
        };
    }

    @ParameterizedTest
    @CsvSource({"all, 5, 0", "all, 5, 1000000", "even, 3, 0", "even, 100, 1000000", "one, 5, 0", "none, 5, 0"})
    void countsAgreeWithLuceneSortedSetCounting(String which, int topN, int parallelFrom) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector hits = searcher.search(query(which), new FacetsCollectorManager());
        long total = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        FacetCounter counter = new FacetCounter(config, pool, parallelFrom);

        Map<String, List<FacetValue>> ours = counter.count(reader, hits, total, topN, ProjectVocabulary.EMPTY, false);
        Map<String, List<FacetValue>> again = counter.count(reader, hits, total, topN, ProjectVocabulary.EMPTY, true);
        Map<String, List<FacetValue>> cached = counter.count(reader, hits, total, topN, ProjectVocabulary.EMPTY, true);

        var reference = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, config), hits);
        for (String dim : List.of(IndexSchema.FACET_SPEAKER, IndexSchema.FACET_OUTLET, IndexSchema.FACET_STANCE,
                IndexSchema.FACET_KIND)) {
            assertThat(pairs(ours.get(dim))).as(dim).isEqualTo(pairs(reference.getTopChildren(topN, dim)));
        }
        assertThat(pairs(ours.get(IndexSchema.FACET_MONTH)))
                .isEqualTo(pairs(reference.getAllChildren(IndexSchema.FACET_MONTH)).stream().sorted().toList());
        assertThat(ours.get(IndexSchema.FACET_STATUS)).isEmpty();
        assertThat(again).isEqualTo(ours);
        assertThat(cached).isEqualTo(ours);
        if (which.equals("all")) {
            long speakers = ours.get(IndexSchema.FACET_SPEAKER).stream().mapToLong(FacetValue::count).sum();
            assertThat(speakers).isLessThanOrEqualTo(total);
            assertThat(total).isEqualTo(2999);
        }
    }

    private static List<String> pairs(List<FacetValue> values) {
        return values.stream().map(v -> v.value() + "=" + v.count()).toList();
    }

    private static List<String> pairs(FacetResult r) {
        if (r == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            if (lv.value.intValue() > 0) {
                out.add(lv.label + "=" + lv.value);
            }
        }
        return out;
    }
}
