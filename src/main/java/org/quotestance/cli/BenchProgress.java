package org.quotestance.cli;

import org.quotestance.app.ProgressListener;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of long benchmark steps on stderr, about every tenth of the way. */
final class BenchProgress {
    private BenchProgress() {
    }

    static ProgressListener to(PrintWriter err) {
        AtomicLong next = new AtomicLong();
        return (done, total, message) -> {
            if (total <= 0) {
                return;
            }
            long step = Math.max(1, total / 10);
            if (done >= next.get() || done == total) {
                next.set((done / step + 1) * step);
                err.printf("  %s: %d/%d%n", message, done, total);
                err.flush();
            }
        };
    }
}
