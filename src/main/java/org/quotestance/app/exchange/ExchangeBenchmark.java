package org.quotestance.app.exchange;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExchangeFormatException;
import org.quotestance.exchange.ExportOptions;
import org.quotestance.store.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times each format on a project: export of the whole project (seconds, file size) and, for
 * importable formats, reading the file back and merging it into a fresh project.
 */
public final class ExchangeBenchmark {
    /** One format's figures; import seconds are -1 for export-only formats. */
    public record Run(ExchangeFormat format, int articles, int quotes, double exportSeconds, double exportCpuSeconds,
                      long bytes, double importSeconds, double importCpuSeconds, int importedQuotes) {
    }

    private ExchangeBenchmark() {
    }

    public static List<Run> run(ProjectSession session, Path work, ProgressListener progress) {
        List<Run> runs = new ArrayList<>();
        for (ExchangeFormat f : ExchangeFormat.values()) {
            Path out = work.resolve("bench" + f.extension());
            try {
                long t0 = System.nanoTime();
                long c0 = cpuNanos();
                ExportResult r = new ExportSet(session, null).export(ExportScope.wholeProject(), f, ExportOptions.DEFAULT,
                        out, ProgressListener.NONE, Cancellation.NEVER);
                double exportSeconds = (System.nanoTime() - t0) / 1e9;
                double exportCpu = (cpuNanos() - c0) / 1e9;
                double importSeconds = -1;
                double importCpu = -1;
                int imported = 0;
                if (f.importable()) {
                    Path target = work.resolve("import-" + f.wireName() + ".qstance");
                    t0 = System.nanoTime();
                    c0 = cpuNanos();
                    try (ProjectSession fresh = ProjectSession.openOrCreate(target)) {
                        imported = new ImportSet(fresh).importFile(out, ProgressListener.NONE, Cancellation.NEVER).quotesAdded();
                    }
                    importSeconds = (System.nanoTime() - t0) / 1e9;
                    importCpu = (cpuNanos() - c0) / 1e9;
                    FileTrees.delete(target);
                }
                runs.add(new Run(f, r.articles(), r.quotes(), exportSeconds, exportCpu, Files.size(out), importSeconds,
                        importCpu, imported));
                Files.deleteIfExists(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ExchangeFormatException e) {
                throw new IllegalStateException("our own " + f.wireName() + " export did not import: " + e.getMessage(), e);
            }
            progress.progress(runs.size(), ExchangeFormat.values().length, "Formats measured");
        }
        return runs;
    }

    /** CPU time of the whole process: on a shared machine wall-clock time measures the neighbours too. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
