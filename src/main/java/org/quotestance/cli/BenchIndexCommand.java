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
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
            description = "Corpus sizes to run (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--warmup", defaultValue = "2500", paramLabel = "N",
            description = "Articles imported first into a throwaway project, untimed, so that the JIT has compiled "
                    + "the hot code before the timed runs, as JMH does; 0 measures a cold JVM (default ${DEFAULT-VALUE}).")
    int warmup;

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
        if (warmup > 0) {
            IndexBenchmark.Run w = bench.warmUp(warmup, BenchProgress.to(err));
            out.printf("warm-up (not counted): %d articles imported in %.2f s wall, %.2f s cpu%n", w.articles(),
                    w.seconds(), w.cpuSeconds());
        }
        out.printf("%-30s %9s %10s %9s %9s %12s %12s %6s%n", "path", "articles", "quotes", "wall s", "cpu s",
                "articles/s", "art/cpu-s", "load");
        for (int n : sizes) {
            for (IndexBenchmark.Run r : List.of(bench.importEndToEnd(n, BenchProgress.to(err)),
                    bench.saveAndIndex(n, BenchProgress.to(err)))) {
                out.printf("%-30s %9d %10d %9.2f %9.2f %12.0f %12.0f %6.1f%n", r.path(), r.articles(), r.quotes(),
                        r.seconds(), r.cpuSeconds(), r.articlesPerSecond(), r.articlesPerCpuSecond(), r.loadAverage());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
