package org.quotestance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Groups the benchmarks; each one is a subcommand class of its own. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure detection, import, indexing and search speed; prints figures.",
        subcommands = {BenchIndexCommand.class, BenchSearchCommand.class, BenchRebuildCommand.class,
                BenchExchangeCommand.class, BenchDetectCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The project a search or rebuild benchmark uses: the one given, or one kept in the temp folder per size. */
    static java.nio.file.Path projectFor(java.nio.file.Path given, int articles) {
        return given != null ? given
                : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "quotestance-bench-" + articles + ".qstance");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
