package org.quotestance.cli;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ImportBatch;
import org.quotestance.app.ImportFailure;
import org.quotestance.app.ImportSummary;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.ingest.ArticleSourceReader;
import org.quotestance.store.AtomicFiles;
import org.quotestance.store.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code import --project DIR PATH...}: files, folders and standard input into a project. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles into a project (created if missing).",
                "Reads .txt, .md, .html/.htm, .json and .jsonl files; folders are read recursively; "
                        + "'-' reads standard input. The same text imported twice is kept once."},
        footer = {"", "Exit codes: 0 all imported (or duplicates), 1 some inputs failed, 2 usage or fatal error.",
                "", "Example:", "  quotestance import --project desk.qstance ~/clippings story.html -"})
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files bigger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import; '-' for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(maxSizeMb > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be a positive number of MB");
        }
        if (isForeignFolder(project)) {
            err.println(project + " is a folder with files but not a QuoteStance project; give a new or empty folder"
                    + " (e.g. " + project.resolve("desk.qstance") + ")");
            return ExitCodes.USAGE;
        }
        ArticleSourceReader reader = new ArticleSourceReader((long) (maxSizeMb * 1024 * 1024));
        ImportSummary summary;
        try (ProjectSession session = ProjectSession.openOrCreate(project)) {
            session.store().recovery().ifPresent(r -> err.println(r.message()));
            summary = new ImportBatch(session, reader, System.in, Clock.systemUTC())
                    .run(paths, new StderrProgress(err), new Cancellation());
        }
        out.println(summary.headline());
        if (!summary.failures().isEmpty()) {
            out.println("Failed:");
            for (ImportFailure f : summary.failures()) {
                out.println("  " + f.file() + ": " + f.reason());
            }
        }
        if (!summary.skipped().isEmpty()) {
            err.println(summary.skipped().size() + " file(s) of other types in the folders were not read, e.g. "
                    + summary.skipped().get(0));
        }
        return summary.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** A folder that already holds files and no project: most likely the articles, not the project. */
    static boolean isForeignFolder(Path dir) {
        if (!Files.isDirectory(dir) || ProjectStore.isProject(dir)) {
            return false;
        }
        // a lock or temp file is what a project creation killed before it wrote project.json leaves
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .anyMatch(n -> !n.startsWith(".") && !n.endsWith(AtomicFiles.TEMP_SUFFIX));
        } catch (IOException e) {
            return false; // opening it will report the real problem
        }
    }

    /** Progress lines on stderr for batches: about twenty per run, never one per file of thousands. */
    static final class StderrProgress implements ProgressListener {
        private final PrintWriter err;
        private long lastShown = -1;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(long done, long total, String message) {
            if (total < 10 || done == total) {
                return;
            }
            long step = Math.max(1, total / 20);
            if (done == 0 || done / step != lastShown / step) {
                lastShown = done;
                err.printf("Importing %d/%d: %s%n", done + 1, total, message);
                err.flush();
            }
        }
    }
}
