package org.quotestance.app.bench;

import org.quotestance.detect.Detection;
import org.quotestance.detect.QuoteDetector;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Detection speed on one thread: a pool of distinct synthetic 4–6 KB articles is made first (so
 * that making text is not timed), then detection runs over it again and again up to each corpus
 * size. Heap in use is read after a full collection at each size: if it stays flat, detection
 * keeps nothing from one article to the next.
 */
public final class DetectBenchmark {
    private final List<String> pool;
    private final long poolChars;
    private final QuoteDetector detector = new QuoteDetector();

    /** One size's figures. */
    public record Run(int articles, long quotes, double seconds, double cpuSeconds, long chars,
                      long heapBeforeBytes, long heapAfterBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double articlesPerCpuSecond() {
            return cpuSeconds > 0 ? articles / cpuSeconds : Double.NaN;
        }

        public double megabytesPerSecond() {
            return chars * 2.0 / (1024 * 1024) / seconds; // UTF-16 code units, two bytes each
        }
    }

    public DetectBenchmark(SyntheticCorpus corpus, int poolSize) {
        pool = new ArrayList<>(poolSize);
        long chars = 0;
        for (int i = 0; i < poolSize; i++) {
            String text = corpus.article(i).text();
            pool.add(text);
            chars += text.length();
        }
        poolChars = chars;
    }

    public int poolSize() {
        return pool.size();
    }

    public double averageArticleChars() {
        return (double) poolChars / pool.size();
    }

    /**
     * MB/s (CPU time) of a plain loop that classifies every character of the pool: a yardstick for
     * the machine, so that detection figures from a loaded or slow machine can be compared. The
     * loop is warmed up first and the best of seven passes is taken, so that neither the JIT nor a
     * neighbour's burst decides the figure.
     */
    public double baselineScanMegabytesPerSecond() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int pass = 0; pass < 10; pass++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long letters = classifyPool();
            double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (pass >= 3 && letters >= 0 && seconds > 0) {
                best = Math.max(best, poolChars * 2.0 / (1024 * 1024) / seconds);
            }
        }
        return best;
    }

    private long classifyPool() {
        long letters = 0;
        for (String text : pool) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                }
            }
        }
        return letters;
    }

    /**
     * Nanoseconds per memory read that misses the processor's caches (a chain of dependent reads
     * scattered over 64 MB): the other yardstick. Detection reads many small objects, so its speed
     * follows this figure more than the character loop's.
     */
    public static double memoryReadNanos() {
        int lines = (64 << 20) / 64;
        int[] next = new int[lines * 16];
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < lines; i++) {
            next[order[i] * 16] = order[(i + 1) % lines] * 16; // one read per 64-byte line, in random order
        }
        int p = 0;
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 4; pass++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 2_000_000; i++) {
                p = next[p];
            }
            best = Math.min(best, (System.nanoTime() - t0) / 2e6);
        }
        return p < 0 ? -1 : best;
    }

    /** One untimed warm-up round: its wall time and the JIT compilers' time during it. */
    public record WarmUp(int articles, double seconds, double jitSeconds) {
        /** The JIT's time against the round's: near zero once the detector's hot code is compiled. */
        public double jitShare() {
            return seconds > 0 ? jitSeconds / seconds : 0;
        }
    }

    /** Detects {@code articles} articles of the pool, untimed, so that the JIT compiles the detector first. */
    public WarmUp warmUp(int articles) {
        long t0 = System.nanoTime();
        long j0 = CpuClock.jitMillis();
        for (int i = 0; i < articles; i++) {
            detector.detect("w", pool.get(i % pool.size()));
        }
        return new WarmUp(articles, (System.nanoTime() - t0) / 1e9, (CpuClock.jitMillis() - j0) / 1e3);
    }

    public Run run(int articles, IntConsumer progress) {
        long heapBefore = usedHeapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        long quotes = 0;
        long chars = 0;
        for (int i = 0; i < articles; i++) {
            String text = pool.get(i % pool.size());
            Detection d = detector.detect("b" + i, text);
            quotes += d.quotes().size();
            chars += text.length();
            if ((i & 1023) == 1023) {
                progress.accept(i + 1);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 : -1;
        long heapAfter = usedHeapAfterGc();
        return new Run(articles, quotes, seconds, cpuSeconds, chars, heapBefore, heapAfter);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc(); // a request; two rounds settle most collectors
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
