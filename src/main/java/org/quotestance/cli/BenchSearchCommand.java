package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.bench.BenchProjects;
import org.quotestance.app.bench.SearchBenchmark;
import org.quotestance.app.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench search}: a mix of queries with facets over a synthetic project; median and p99. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Query latency (with facet counts and 20 highlighted hits) over a synthetic project.")
public final class BenchSearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--project", paramLabel = "DIR",
            description = "Project to use, made (or completed) from the synthetic corpus if needed "
                    + "(default: quotestance-bench-N in the temp folder, kept for the next run).")
    Path project;

    @Option(names = "--queries", defaultValue = "100", paramLabel = "N", description = "Queries per kind (default ${DEFAULT-VALUE}).")
    int perKind;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "N", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyntheticCorpus corpus = new SyntheticCorpus(BenchProjects.SEED);
        Path dir = BenchCommand.projectFor(project, articles);
        BenchProjects.ensure(dir, corpus, articles, BenchProgress.to(err));
        SearchBenchmark bench = new SearchBenchmark(corpus, articles);
        Map<String, List<String>> queries = bench.queries(perKind);
        try (ProjectSession session = ProjectSession.openExisting(dir, BenchProgress.to(err))) {
            if (session.indexStatus().changed()) {
                err.println(session.indexStatus().message());
            }
            SearchBenchmark.Run r = bench.run(session, queries, rounds);
            out.printf("bench search: %s, %d articles, %d quotes, %d cores, load %.1f%n", dir, r.articles(), r.quotes(),
                    Runtime.getRuntime().availableProcessors(), r.loadAverage());
            out.printf("%-24s %8s %9s %9s %9s %9s %10s %10s%n", "kind", "queries", "p50 ms", "p99 ms", "mean ms",
                    "cpu ms", "min hits", "max hits");
            for (SearchBenchmark.Stat s : r.kinds()) {
                print(out, s);
            }
            print(out, r.mix());
            print(out, r.broad());
            out.println("examples: " + queries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().get(0))
                    .toList());
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, SearchBenchmark.Stat s) {
        out.printf("%-24s %8d %9.2f %9.2f %9.2f %9.2f %10d %10d%n", s.kind(), s.queries(), s.p50(), s.p99(), s.mean(),
                s.cpuMean(), s.minHits(), s.maxHits());
    }
}
