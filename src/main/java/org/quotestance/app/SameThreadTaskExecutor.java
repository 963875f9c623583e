package org.quotestance.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Runs work at once on the caller's thread: deterministic tests without waiting. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
    }
}
