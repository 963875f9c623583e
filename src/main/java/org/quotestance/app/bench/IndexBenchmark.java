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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end ingestion: synthetic articles written as JSONL news exports are imported into a new
 * project ({@link ImportBatch}: read, normalise, detect quotes, save, index), timed from opening
 * the project to closing it (the last commit included). A second figure saves the generated
 * articles with their quotes and stances directly (store + index, no reading or detection).
 */
public final class IndexBenchmark {
    private static final int ARTICLES_PER_FILE = 200;

    /** One measured run. {@code cpuSeconds} is the process's CPU time during the run. */
    public record Run(String path, int articles, long quotes, double seconds, double cpuSeconds, int failures,
                      double loadAverage) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    private final SyntheticCorpus corpus;
    private final Path work;

    public IndexBenchmark(SyntheticCorpus corpus, Path work) {
        this.corpus = corpus;
        this.work = work;
    }

    /** Writes {@code n} articles as JSONL files (not timed), then imports them into a new project. */
    public Run importEndToEnd(int n, ProgressListener progress) {
        return importEndToEnd("import-", n, progress);
    }

    /** The same import into a project of its own, for a warm-up that must not leave its articles in a timed run. */
    public Run warmUp(int n, ProgressListener progress) {
        return importEndToEnd("warm-up-", n, progress);
    }

    private Run importEndToEnd(String prefix, int n, ProgressListener progress) {
        Path input = work.resolve("input-" + n);
        writeJsonl(input, n, progress);
        Path project = fresh(work.resolve(prefix + n + ".qstance"));
        long t0 = System.nanoTime();
        long c0 = CpuClock.processNanos();
        ImportSummary summary;
        long quotes;
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            summary = new ImportBatch(s).run(List.of(input.toString()), progress, Cancellation.NEVER);
            quotes = s.search(new SearchRequest("", null, 0, 0, false)).total();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.processNanos() - c0) / 1e9;
        return new Run("import+detect+index", summary.imported().size(), quotes, seconds, cpu,
                summary.failures().size(), CpuClock.loadAverage());
    }

    /** Saves {@code n} generated articles (quotes and tags included) into a new project, timed. */
    public Run saveAndIndex(int n, ProgressListener progress) {
        Path project = fresh(work.resolve("save-" + n + ".qstance"));
        long t0 = System.nanoTime();
        long c0 = CpuClock.processNanos();
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
        return new Run("save+index (generated quotes)", n, quotes, seconds, cpu, 0, CpuClock.loadAverage());
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

    private void writeJsonl(Path folder, int n, ProgressListener progress) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            Files.createDirectories(folder);
            for (int from = 0; from < n; from += ARTICLES_PER_FILE) {
                Path file = folder.resolve(String.format("news-%06d.jsonl", from / ARTICLES_PER_FILE));
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = from; i < Math.min(n, from + ARTICLES_PER_FILE); i++) {
                        Article a = corpus.article(i);
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
