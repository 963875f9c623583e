package org.quotestance.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The one seam for background work: file I/O, detection, indexing and search go through it.
 * The desktop uses {@link BackgroundTaskExecutor}; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> CompletableFuture<T> submit(Callable<T> work);

    @Override
    void close();
}
