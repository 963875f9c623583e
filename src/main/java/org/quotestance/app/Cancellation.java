package org.quotestance.app;

import java.util.concurrent.CancellationException;

/** A flag long work checks in its loop; set from any thread. */
public final class Cancellation {
    public static final Cancellation NEVER = new Cancellation();
    private volatile boolean cancelled;

    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
