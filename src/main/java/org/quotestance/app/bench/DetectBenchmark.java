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
     * the machine, so that detection figures from a loaded or slow machine can be compared.
     */
    public double baselineScanMegabytesPerSecond() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long letters = 0;
        long chars = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < 5; round++) {
            for (String text : pool) {
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        letters++;
                    }
                }
                chars += text.length();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return letters < 0 ? 0 : chars * 2.0 / (1024 * 1024) / seconds;
    }

    /** Warms the JIT on the pool so the first size is not charged with compilation. */
    public void warmUp(int articles) {
        for (int i = 0; i < articles; i++) {
            detector.detect("w", pool.get(i % pool.size()));
        }
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
