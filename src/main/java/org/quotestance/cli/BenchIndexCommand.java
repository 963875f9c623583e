package org.quotestance.cli;

import org.quotestance.app.bench.BenchProjects;
import org.quotestance.app.bench.IndexBenchmark;
import org.quotestance.app.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench index}: import + detect + index end to end, at several corpus sizes. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Import synthetic JSONL news end to end (read, detect, save, index) into new projects; "
                + "prints articles per second at each size.")
public final class BenchIndexCommand implements Callable<Integer> {
    /**
     * Below this share of a warm-up round's CPU the JIT counts as done: on a 2-core machine it
     * takes about 40,000 articles to get there, and until then it costs more CPU than the import.
     */
    private static final double QUIET_JIT_SHARE = 0.10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
            description = "Corpus sizes to run (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--warmup", defaultValue = "10000", paramLabel = "N",
            description = "Articles per untimed warm-up round (other articles than the timed runs'), imported into a "
                    + "throwaway project so that the JIT has compiled the hot code before the timed runs, as JMH's "
                    + "warm-up iterations do; 0 measures a cold JVM (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-rounds", defaultValue = "10", paramLabel = "N",
            description = "At most this many warm-up rounds; they stop early once the JIT takes under "
                    + "10 % of a round's CPU (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for inputs and projects (default: a new temp folder).")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = work != null ? work : Files.createTempDirectory("quotestance-bench-index");
        IndexBenchmark bench = new IndexBenchmark(new SyntheticCorpus(BenchProjects.SEED), dir);
        out.printf("bench index: %s, %d cores, max heap %d MB%n", dir, Runtime.getRuntime().availableProcessors(),
                BenchProjects.maxHeapBytes() >> 20);
        // Every input first: the JIT's work on the generator then falls in the warm-up, not in a timed run.
        if (warmup > 0) {
            bench.writeWarmUpInput(warmup, BenchProgress.to(err));
        }
        sizes.forEach(n -> bench.writeInput(n, BenchProgress.to(err)));
        if (warmup > 0) {
            WarmUpRounds.untilJitQuiet(warmupRounds, QUIET_JIT_SHARE, round -> {
                IndexBenchmark.Run w = bench.warmUp(warmup, BenchProgress.to(err));
                out.printf("warm-up %d (not counted): %d articles imported in %.2f s wall, %.2f s cpu, JIT %.0f %% of it%n",
                        round, w.articles(), w.seconds(), w.cpuSeconds(), 100 * w.jitShare());
                out.flush();
                return w.jitShare();
            });
        }
        out.printf("%-30s %9s %10s %9s %9s %6s %12s %12s %6s%n", "path", "articles", "quotes", "wall s", "cpu s",
                "jit %", "articles/s", "art/cpu-s", "load");
        for (int n : sizes) {
            for (IndexBenchmark.Run r : List.of(bench.importEndToEnd(n, BenchProgress.to(err)),
                    bench.saveAndIndex(n, BenchProgress.to(err)))) {
                out.printf("%-30s %9d %10d %9.2f %9.2f %6.0f %12.0f %12.0f %6.1f%n", r.path(), r.articles(), r.quotes(),
                        r.seconds(), r.cpuSeconds(), 100 * r.jitShare(), r.articlesPerSecond(),
                        r.articlesPerCpuSecond(), r.loadAverage());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
