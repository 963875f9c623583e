package org.quotestance.cli;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.exchange.ImportResult;
import org.quotestance.app.exchange.ImportSet;
import org.quotestance.exchange.ExchangeFormatException;
import org.quotestance.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import-set}: reads an annotated set (bundle, W3C JSON-LD, .qdpx, brat) into a project.
 * The file is validated whole before anything is written; a bad file changes nothing.
 */
@Command(name = "import-set", mixinStandardHelpOptions = true,
        description = "Import an annotated set into a project (created if the folder holds none): "
                + "a QuoteStance bundle, W3C Web Annotation JSON-LD, a REFI-QDA .qdpx, or a brat folder or .zip.")
public final class ImportSetCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Parameters(paramLabel = "PATH", description = "The file or folder to import.")
    Path path;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            err.println("import-set: " + path + ": no such file or folder");
            return ExitCodes.FATAL;
        }
        try (ProjectSession session = ProjectSession.openOrCreate(project)) {
            ImportResult r = new ImportSet(session).importFile(path, (d, t, m) -> { }, Cancellation.NEVER);
            err.println("Imported " + path + " (" + r.format().label() + "): " + r.articlesAdded() + " new article(s), "
                    + r.articlesUpdated() + " updated, " + r.quotesAdded() + " quote(s) added, " + r.stancesAdded()
                    + " new stance(s), " + r.speakers() + " speaker(s)");
            return ExitCodes.OK;
        } catch (ExchangeFormatException e) {
            err.println("import-set: " + e.getMessage() + " (nothing was imported)");
            return ExitCodes.SOME_FAILED;
        } catch (StoreException e) {
            err.println("import-set: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
