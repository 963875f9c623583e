package org.quotestance.cli;

import java.util.function.IntToDoubleFunction;

/** Untimed warm-up rounds of a benchmark that stop once the JIT is quiet (ADR 0706). */
final class WarmUpRounds {
    private WarmUpRounds() {
    }

    /**
     * Runs {@code round} (given its number from 1, returning the JIT's share of it) at most
     * {@code max} times, and stops after the first round whose share is under {@code quietShare}.
     */
    static void untilJitQuiet(int max, double quietShare, IntToDoubleFunction round) {
        for (int r = 1; r <= max; r++) {
            if (round.applyAsDouble(r) < quietShare) {
                return;
            }
        }
    }
}
