package org.quotestance.app.bench;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ImportBatch;
import org.quotestance.app.ImportSummary;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.store.FileTrees;
import org.quotestance.model.Article;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * End-to-end ingestion: synthetic articles written as JSONL news exports are imported into a new
 * project ({@link ImportBatch}: read, normalise, detect quotes, save, index), timed from opening
 * the project to closing it (the last commit included). A second figure saves the generated
 * articles with their quotes and stances directly (store + index, no reading or detection).
 */
public final class IndexBenchmark {
    private static final int ARTICLES_PER_FILE = 200;
    /**
     * Warm-up articles are numbered from here: the timed runs then meet only text the JIT has not
     * seen, as an analyst's next import does.
     */
    private static final long WARM_UP_FIRST_ARTICLE = 1_000_000_000L;

    /**
     * One measured run. {@code cpuSeconds} is the process's CPU time during the run, {@code jitSeconds}
     * the part of it the JIT compilers took (as the JVM reports it).
     */
    public record Run(String path, int articles, long quotes, double seconds, double cpuSeconds, double jitSeconds,
                      int failures, double loadAverage) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        /** The JIT's share of the run's CPU: near zero once the hot code is compiled. */
        public double jitShare() {
            return cpuSeconds > 0 ? jitSeconds / cpuSeconds : 0;
        }
    }

    private final SyntheticCorpus corpus;
    private final Path work;
    private final Set<Path> inputsWritten = new HashSet<>();

    public IndexBenchmark(SyntheticCorpus corpus, Path work) {
        this.corpus = corpus;
        this.work = work;
    }

    /**
     * Writes the JSONL input of {@code n} articles unless this benchmark wrote it already. Writing
     * every input before the first run keeps the JIT's work on the generator out of the timed runs.
     */
    public void writeInput(int n, ProgressListener progress) {
        writeInput(0, n, progress);
    }

    /** The warm-up's own input ({@link #WARM_UP_FIRST_ARTICLE}). */
    public void writeWarmUpInput(int n, ProgressListener progress) {
        writeInput(WARM_UP_FIRST_ARTICLE, n, progress);
    }

    private void writeInput(long first, int n, ProgressListener progress) {
        Path folder = input(first, n);
        if (inputsWritten.add(folder)) {
            writeJsonl(folder, first, n, progress);
        }
    }

    /** Imports {@code n} articles from their JSONL files (written first if need be) into a new project. */
    public Run importEndToEnd(int n, ProgressListener progress) {
        return importEndToEnd("import-", 0, n, progress);
    }

    /**
     * The same import of other articles into a project of its own, for a warm-up that must leave
     * neither its articles nor its text in a timed run.
     */
    public Run warmUp(int n, ProgressListener progress) {
        return importEndToEnd("warm-up-", WARM_UP_FIRST_ARTICLE, n, progress);
    }

    private Run importEndToEnd(String prefix, long first, int n, ProgressListener progress) {
        writeInput(first, n, progress);
        Path input = input(first, n);
        Path project = fresh(work.resolve(prefix + n + ".qstance"));
        long t0 = System.nanoTime();
        long c0 = CpuClock.processNanos();
        long j0 = CpuClock.jitMillis();
        ImportSummary summary;
        long quotes;
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            summary = new ImportBatch(s).run(List.of(input.toString()), progress, Cancellation.NEVER);
            quotes = s.search(new SearchRequest("", null, 0, 0, false)).total();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.processNanos() - c0) / 1e9;
        return new Run("import+detect+index", summary.imported().size(), quotes, seconds, cpu,
                (CpuClock.jitMillis() - j0) / 1e3, summary.failures().size(), CpuClock.loadAverage());
    }

    /** Saves {@code n} generated articles (quotes and tags included) into a new project, timed. */
    public Run saveAndIndex(int n, ProgressListener progress) {
        Path project = fresh(work.resolve("save-" + n + ".qstance"));
        long t0 = System.nanoTime();
        long c0 = CpuClock.processNanos();
        long j0 = CpuClock.jitMillis();
        long generating = 0;
        long quotes;
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            s.saveInfo(s.info().withCodebook(corpus.codebook()));
            s.store().saveSpeakers(corpus.registry());
            // A bulk save, as an import is: one commit at the end (ADR 0703).
            try (var hold = s.holdIndexCommits()) {
                for (int from = 0; from < n; from += ImportBatch.CHUNK) {
                    int to = Math.min(n, from + ImportBatch.CHUNK);
                    long g = System.nanoTime();
                    List<Article> batch = java.util.stream.IntStream.range(from, to).parallel()
                            .mapToObj(corpus::article).toList();
                    generating += System.nanoTime() - g;
                    s.saveAll(batch);
                    progress.progress(to, n, "Saving and indexing");
                }
            }
            quotes = s.search(new SearchRequest("", null, 0, 0, false)).total();
        }
        // Making up the articles is not part of the work measured.
        double seconds = (System.nanoTime() - t0 - generating) / 1e9;
        double cpu = (CpuClock.processNanos() - c0) / 1e9;
        return new Run("save+index (generated quotes)", n, quotes, seconds, cpu, (CpuClock.jitMillis() - j0) / 1e3,
                0, CpuClock.loadAverage());
    }

    /** A project left by an earlier run in the same work folder would make every article a duplicate. */
    private static Path fresh(Path project) {
        try {
            FileTrees.delete(project);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the earlier benchmark project " + project + ": "
                    + e.getMessage(), e);
        }
        return project;
    }

    private Path input(long first, int n) {
        return work.resolve(first == 0 ? "input-" + n : "input-" + first + "-" + n);
    }

    private void writeJsonl(Path folder, long first, int n, ProgressListener progress) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            Files.createDirectories(folder);
            for (int from = 0; from < n; from += ARTICLES_PER_FILE) {
                Path file = folder.resolve(String.format("news-%06d.jsonl", from / ARTICLES_PER_FILE));
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = from; i < Math.min(n, from + ARTICLES_PER_FILE); i++) {
                        Article a = corpus.article(first + i);
                        Map<String, Object> rec = new LinkedHashMap<>();
                        rec.put("title", a.meta().title());
                        rec.put("date", a.meta().published().toString());
                        rec.put("source", a.meta().outlet());
                        rec.put("text", a.text());
                        w.write(json.writeValueAsString(rec));
                        w.write('\n');
                    }
                }
                progress.progress(Math.min(n, from + ARTICLES_PER_FILE), n, "Writing JSONL input");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark input in " + folder + ": " + e.getMessage(), e);
        }
    }
}
