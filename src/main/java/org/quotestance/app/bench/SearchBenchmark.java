package org.quotestance.app.bench;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.app.search.SortOrder;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.Stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A mix of queries people ask, each with facet counts and a first page of 20 highlighted hits,
 * run through {@link ProjectSession#search} exactly as the Search pane runs them. Broad queries
 * (a word in about a third of all quotes) are reported apart from the mix.
 */
public final class SearchBenchmark {
    /**
     * Latency of one kind of query in milliseconds, the process CPU time per query (what the work
     * costs, whatever the neighbours on the machine do) and the exact hit counts it returned.
     */
    public record Stat(String kind, int queries, double p50, double p99, double mean, double cpuMean, long minHits,
                       long maxHits) {
    }

    public record Run(int articles, long quotes, List<Stat> kinds, Stat mix, Stat broad, double loadAverage) {
    }

    private final SyntheticCorpus corpus;
    private final int articles;

    public SearchBenchmark(SyntheticCorpus corpus, int articles) {
        this.corpus = corpus;
        this.articles = articles;
    }

    /** The query texts per kind, reproducible from the seed. */
    public Map<String, List<String>> queries(int perKind) {
        Random r = new Random(7);
        Map<String, Function<Random, String>> makers = new LinkedHashMap<>();
        makers.put("word", x -> word(x, 10, 3000));
        makers.put("two words", x -> word(x, 5, 800) + " " + word(x, 5, 800));
        makers.put("phrase", this::phrase);
        makers.put("speaker", x -> "speaker:\"" + corpus.speakerByRank(zipfRank(x, 400)) + "\"");
        makers.put("speaker + word", x -> "speaker:\"" + corpus.speakerByRank(zipfRank(x, 200)) + "\" " + word(x, 10, 400));
        makers.put("stance", x -> "stance:\"" + stance(x).name() + "\"");
        makers.put("date range", x -> {
            LocalDate from = corpus.firstDay().plusDays(x.nextInt(corpus.days() - 90));
            return "published:[" + from + " TO " + from.plusDays(1 + x.nextInt(90)) + "]";
        });
        makers.put("word + stance + month", x -> word(x, 10, 500) + " stance:\"" + stance(x).name() + "\" published:"
                + corpus.firstDay().plusDays(x.nextInt(corpus.days())).toString().substring(0, 7));
        makers.put("word, by date", x -> word(x, 10, 3000) + " ");
        makers.put("broad", x -> corpus.wordByRank(x.nextInt(3)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        makers.forEach((kind, maker) -> {
            List<String> qs = new ArrayList<>();
            for (int i = 0; i < perKind; i++) {
                qs.add(maker.apply(r));
            }
            out.put(kind, qs);
        });
        return out;
    }

    private String word(Random r, int fromRank, int toRank) {
        return corpus.wordByRank(fromRank + r.nextInt(toRank - fromRank));
    }

    private static int zipfRank(Random r, int max) {
        return (int) Math.min(max - 1, Math.floor(Math.pow(max, r.nextDouble())) - 1);
    }

    private Stance stance(Random r) {
        List<Stance> all = corpus.stances();
        return all.get(r.nextInt(all.size()));
    }

    /** Two or three words that stand next to each other in a quote of the corpus, in quotation marks. */
    private String phrase(Random r) {
        Article a = corpus.article(r.nextInt(articles));
        if (a.quotes().isEmpty()) {
            return "\"" + corpus.wordByRank(50) + "\"";
        }
        Quote q = a.quotes().get(r.nextInt(a.quotes().size()));
        String[] words = q.text(a.text()).replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+");
        int len = Math.min(words.length, 2 + r.nextInt(2));
        int start = r.nextInt(words.length - len + 1);
        return "\"" + String.join(" ", Arrays.copyOfRange(words, start, start + len)) + "\"";
    }

    /** Runs every query once to warm up, then {@code rounds} times measured. */
    public Run run(ProjectSession session, Map<String, List<String>> queries, int rounds) {
        for (var e : queries.entrySet()) {
            e.getValue().forEach(q -> session.search(request(e.getKey(), q)));
        }
        List<Stat> stats = new ArrayList<>();
        List<Double> mix = new ArrayList<>();
        Stat broad = null;
        long minMix = Long.MAX_VALUE;
        long maxMix = 0;
        long mixCpu = 0;
        for (var e : queries.entrySet()) {
            List<Double> times = new ArrayList<>();
            long min = Long.MAX_VALUE;
            long max = 0;
            long c0 = CpuClock.processNanos();
            for (int round = 0; round < rounds; round++) {
                for (String q : e.getValue()) {
                    long t0 = System.nanoTime();
                    SearchResults r = session.search(request(e.getKey(), q));
                    times.add((System.nanoTime() - t0) / 1e6);
                    min = Math.min(min, r.total());
                    max = Math.max(max, r.total());
                }
            }
            long cpu = CpuClock.processNanos() - c0;
            Stat s = stat(e.getKey(), times, cpu, min, max);
            if (e.getKey().equals("broad")) {
                broad = s;
            } else {
                mixCpu += cpu;
                stats.add(s);
                mix.addAll(times);
                minMix = Math.min(minMix, min);
                maxMix = Math.max(maxMix, max);
            }
        }
        long quotes = session.search(new SearchRequest("", null, 0, 0, false)).total();
        return new Run(articles, quotes, stats, stat("mix (all but broad)", mix, mixCpu, minMix, maxMix), broad,
                CpuClock.loadAverage());
    }

    private static SearchRequest request(String kind, String q) {
        return new SearchRequest(q, kind.contains("by date") ? SortOrder.DATE : SortOrder.RELEVANCE, 0, 20, true);
    }

    private static Stat stat(String kind, List<Double> times, long cpuNanos, long min, long max) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return new Stat(kind, sorted.length, BenchProjects.quantile(sorted, 0.5), BenchProjects.quantile(sorted, 0.99),
                mean, cpuNanos / 1e6 / Math.max(1, sorted.length), min, max);
    }
}
