package org.quotestance.app;

/** Receives progress of long work; called from the worker thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /** @param total -1 when unknown */
    void progress(long done, long total, String message);
}
