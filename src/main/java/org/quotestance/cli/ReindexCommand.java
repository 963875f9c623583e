package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.IndexStatus;
import org.quotestance.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reindex --project DIR}: throws the search index away and rebuilds it from the files. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild a project's search index from its article files, with progress.")
public final class ReindexCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (ProjectSession session = ProjectSession.openAndReindex(project, (done, total, message) -> {
            if (total > 0 && (done == total || done % 1000 == 0)) {
                err.printf("%s: %d/%d%n", message, done, total);
                err.flush();
            }
        })) {
            IndexStatus s = session.indexStatus();
            out.printf("%s%nIndexed %d article(s), %d quote(s) in %.1f s.%n", s.message(), s.articlesIndexed(), s.quotes(),
                    (System.nanoTime() - start) / 1e9);
            return s.unreadableFiles().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (StoreException e) {
            err.println("reindex: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
