package org.quotestance.app.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this process. On a shared machine wall-clock figures depend on the neighbours;
 * CPU seconds say what the work itself costs.
 */
final class CpuClock {
    private CpuClock() {
    }

    static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Milliseconds the JIT compilers have spent so far (the JVM's own approximate count), or 0. */
    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
