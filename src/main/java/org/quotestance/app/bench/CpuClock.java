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

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
