package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.bench.BenchProjects;
import org.quotestance.app.bench.SyntheticCorpus;
import org.quotestance.app.exchange.ExchangeBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bench exchange}: export every format from a synthetic project and import it back; prints figures. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Time export of every format and import of the importable ones on a synthetic project.")
public final class BenchExchangeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N", description = "Articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--project", paramLabel = "DIR",
            description = "Project to use, made from the synthetic corpus if needed (default: quotestance-bench-N in the temp folder).")
    Path project;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = BenchCommand.projectFor(project, articles);
        BenchProjects.ensure(dir, new SyntheticCorpus(BenchProjects.SEED), articles, BenchProgress.to(err));
        Path work = Files.createTempDirectory("quotestance-bench-exchange");
        try (ProjectSession session = ProjectSession.openExisting(dir, BenchProgress.to(err))) {
            out.printf("bench exchange: %s (load average %.1f)%n", dir,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (ExchangeBenchmark.Run r : ExchangeBenchmark.run(session, work, BenchProgress.to(err))) {
                out.printf("%-7s %6d articles %7d quotes  export %6.2f s wall %6.2f s cpu (%5.0f articles/cpu-s) %6.1f MB",
                        r.format().wireName(), r.articles(), r.quotes(), r.exportSeconds(), r.exportCpuSeconds(),
                        r.articles() / r.exportCpuSeconds(), r.bytes() / 1048576.0);
                if (r.importSeconds() >= 0) {
                    out.printf("  import %6.2f s wall %6.2f s cpu (%5.0f articles/cpu-s, %d quotes)", r.importSeconds(),
                            r.importCpuSeconds(), r.articles() / r.importCpuSeconds(), r.importedQuotes());
                }
                out.println();
            }
        } finally {
            Files.deleteIfExists(work);
        }
        return ExitCodes.OK;
    }
}
