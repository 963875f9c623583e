package org.quotestance.cli;

import org.quotestance.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The root command; each subcommand is a class of its own. */
@Command(name = "quotestance", mixinStandardHelpOptions = true, versionProvider = QuoteStanceCommand.VersionInfo.class,
        description = "Find, attribute, tag and search quotes in news articles.%n"
                + "Run without a command to open the window.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
                BenchCommand.class, ExportCommand.class, ImportSetCommand.class, SearchCommand.class,
                ReindexCommand.class, AnnotateCommand.class})
public final class QuoteStanceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"QuoteStance " + Version.get()};
        }
    }
}
