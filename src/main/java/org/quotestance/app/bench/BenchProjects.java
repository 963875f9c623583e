package org.quotestance.app.bench;

import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;
import org.quotestance.store.ProjectStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Synthetic projects for the benchmarks, and the measurements they share. */
public final class BenchProjects {
    public static final long SEED = 20250214L;
    private static final int BATCH = 512;

    private BenchProjects() {
    }

    /**
     * Makes sure {@code dir} is a project holding articles 0..n-1 of the corpus (with their quotes
     * and stance tags, as if detected and reviewed), adding what is missing in batches.
     */
    public static void ensure(Path dir, SyntheticCorpus corpus, int n, ProgressListener progress) {
        int have = ProjectStore.isProject(dir) ? countArticles(dir) : 0;
        if (have >= n) {
            return;
        }
        try (ProjectSession s = ProjectSession.openOrCreate(dir)) {
            s.saveInfo(s.info().withCodebook(corpus.codebook()));
            s.store().saveSpeakers(corpus.registry());
            // A bulk save, as an import is: one commit at the end (ADR 0703).
            try (var hold = s.holdIndexCommits()) {
                for (int from = have; from < n; from += BATCH) {
                    int to = Math.min(n, from + BATCH);
                    // Generating text is the slow part of making a corpus: both cores do it.
                    List<Article> batch = new ArrayList<>(IntStream.range(from, to).parallel()
                            .mapToObj(corpus::article).toList());
                    s.saveAll(batch);
                    progress.progress(to, n, "Writing synthetic articles");
                }
            }
        }
    }

    private static int countArticles(Path dir) {
        try (ProjectStore store = ProjectStore.openExisting(dir)) {
            return store.articleIds().size();
        }
    }

    /** Forgets the heap's high-water marks, so that {@link #peakHeapBytes()} measures what follows. */
    public static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the real peak). */
    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The value at quantile {@code q} (0..1) of sorted values, nearest rank. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
