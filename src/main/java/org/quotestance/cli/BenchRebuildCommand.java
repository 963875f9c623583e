package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.bench.BenchProjects;
import org.quotestance.app.bench.RebuildBenchmark;
import org.quotestance.app.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bench rebuild}: full index rebuild of a synthetic project; time, size per quote, peak heap. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Time a full rebuild of a synthetic project's index from its article files.")
public final class BenchRebuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--project", paramLabel = "DIR",
            description = "Project to use, made from the synthetic corpus if needed (default: quotestance-bench-N in the temp folder).")
    Path project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = BenchCommand.projectFor(project, articles);
        BenchProjects.ensure(dir, new SyntheticCorpus(BenchProjects.SEED), articles, BenchProgress.to(err));
        try (ProjectSession session = ProjectSession.openExisting(dir, BenchProgress.to(err))) {
            RebuildBenchmark.Run r = RebuildBenchmark.run(session, BenchProgress.to(err));
            out.printf("bench rebuild: %s%n", dir);
            out.printf("articles %d, quotes %d, %.1f s wall, %.1f s cpu, %.0f articles/s, index %.1f MB = %.0f bytes/quote, "
                            + "peak heap %d MB of %d MB, load %.1f%n",
                    r.articles(), r.quotes(), r.seconds(), r.cpuSeconds(), r.articles() / r.seconds(),
                    r.indexBytes() / 1048576.0, r.bytesPerQuote(), r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20,
                    r.loadAverage());
        }
        return ExitCodes.OK;
    }
}
