package org.quotestance.cli;

import org.quotestance.app.bench.BenchProjects;
import org.quotestance.app.bench.DetectBenchmark;
import org.quotestance.app.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench detect}: quote and speaker detection on one thread, at growing corpus sizes. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Detect quotes in synthetic 4-6 KB news articles on one thread; prints articles/s, MB/s "
                + "and the heap in use before and after each size.")
public final class BenchDetectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", split = ",", defaultValue = "1000,10000,50000", paramLabel = "N[,N...]",
            description = "Corpus sizes to run (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--pool", defaultValue = "2000", paramLabel = "N",
            description = "Distinct articles generated before timing; the run cycles over them (default ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--warmup", defaultValue = "5000", paramLabel = "N",
            description = "Articles per untimed warm-up round; rounds go on until the JIT compilers work less than "
                    + "5 %% of a round's time, at most --warmup-rounds (default ${DEFAULT-VALUE}; 0: no warm-up).")
    int warmup;

    @Option(names = "--warmup-rounds", defaultValue = "10", paramLabel = "N",
            description = "At most this many warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    /** Below this the JIT counts as done with the detector (ADR 0706 does the same for bench index). */
    private static final double QUIET_JIT_SHARE = 0.05;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (pool < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            spec.commandLine().getErr().println("bench detect: sizes and pool must be positive");
            return ExitCodes.USAGE;
        }
        DetectBenchmark bench = new DetectBenchmark(new SyntheticCorpus(BenchProjects.SEED), pool);
        out.printf("bench detect: %d distinct articles, %.0f chars on average, one thread, max heap %d MB%n",
                bench.poolSize(), bench.averageArticleChars(), Runtime.getRuntime().maxMemory() >> 20);
        if (warmup > 0) {
            WarmUpRounds.untilJitQuiet(warmupRounds, QUIET_JIT_SHARE, round -> {
                DetectBenchmark.WarmUp w = bench.warmUp(warmup);
                out.printf("warm-up %d (not counted): %d articles in %.2f s, JIT compiling %.0f %% of that time%n",
                        round, w.articles(), w.seconds(), 100 * w.jitShare());
                out.flush();
                return w.jitShare();
            });
        }
        out.printf("machine yardsticks: a plain character-classifying loop over the same text runs at %.0f MB/s (cpu);"
                + " a memory read that misses the caches takes %.0f ns%n",
                bench.baselineScanMegabytesPerSecond(), DetectBenchmark.memoryReadNanos());
        out.printf("%9s %9s %8s %8s %11s %12s %8s %12s %12s%n", "articles", "quotes", "wall s", "cpu s",
                "articles/s", "art/cpu-s", "MB/s", "heap before", "heap after");
        for (int n : sizes) {
            DetectBenchmark.Run r = bench.run(n, done -> { });
            out.printf("%9d %9d %8.2f %8.2f %11.0f %12.0f %8.1f %10d MB %10d MB%n", r.articles(), r.quotes(),
                    r.seconds(), r.cpuSeconds(), r.articlesPerSecond(), r.articlesPerCpuSecond(),
                    r.megabytesPerSecond(), r.heapBeforeBytes() >> 20, r.heapAfterBytes() >> 20);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
