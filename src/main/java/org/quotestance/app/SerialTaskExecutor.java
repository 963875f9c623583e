package org.quotestance.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs work on another executor strictly one after the other, in the order submitted: edits of the
 * same article must reach the disk in the order the analyst made them, even on a pool of threads.
 * A failed job does not stop the ones after it.
 */
public final class SerialTaskExecutor implements TaskExecutor {
    private final TaskExecutor delegate;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    public SerialTaskExecutor(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tail = tail.handle((v, e) -> null)
                .thenCompose(ignored -> delegate.submit(work))
                .whenComplete((v, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                                ? e.getCause() : e);
                    } else {
                        result.complete(v);
                    }
                });
        return result;
    }

    /** The delegate is shared and closed by its owner. */
    @Override
    public void close() {
    }
}
