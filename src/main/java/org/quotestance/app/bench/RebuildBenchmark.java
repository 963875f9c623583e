package org.quotestance.app.bench;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.IndexStatus;
import org.quotestance.index.IndexSchema;
import org.quotestance.store.ProjectStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Full rebuild of a project's index from its article files: time, size per quote, peak heap. */
public final class RebuildBenchmark {
    public record Run(int articles, long quotes, double seconds, double cpuSeconds, long indexBytes,
                      long peakHeapBytes, long maxHeapBytes, double loadAverage) {
        public double bytesPerQuote() {
            return quotes == 0 ? 0 : (double) indexBytes / quotes;
        }
    }

    private RebuildBenchmark() {
    }

    public static Run run(ProjectSession session, ProgressListener progress) {
        BenchProjects.resetPeakHeap();
        long t0 = System.nanoTime();
        long c0 = CpuClock.processNanos();
        IndexStatus status = session.reindex(progress, new Cancellation());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.processNanos() - c0) / 1e9;
        long peak = BenchProjects.peakHeapBytes();
        return new Run(status.articlesIndexed(), status.quotes(), seconds, cpu,
                folderBytes(IndexSchema.versionDir(session.dir().resolve(ProjectStore.INDEX_DIR))), peak,
                BenchProjects.maxHeapBytes(), CpuClock.loadAverage());
    }

    static long folderBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // merged away while walking
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
