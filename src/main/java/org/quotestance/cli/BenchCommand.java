package org.quotestance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Groups the benchmarks; each one is a subcommand class of its own. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure detection, import, indexing and search speed; prints figures.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
