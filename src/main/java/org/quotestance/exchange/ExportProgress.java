package org.quotestance.exchange;

/**
 * Told after each article is written. The caller may throw (for example a
 * {@link java.util.concurrent.CancellationException}) to stop the export; the exporter then leaves
 * the output unfinished and the caller discards it.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void articleWritten(int done, int total);
}
