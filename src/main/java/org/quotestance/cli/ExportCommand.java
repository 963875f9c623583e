package org.quotestance.cli;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.exchange.ExportResult;
import org.quotestance.app.exchange.ExportScope;
import org.quotestance.app.exchange.ExportSet;
import org.quotestance.app.search.InvalidQueryException;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExportOptions;
import org.quotestance.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code export}: writes an annotated set (the project, chosen articles or a search result) in one format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an annotated set: bundle (lossless JSON), jsonl, csv, w3c (Web Annotation JSON-LD), "
                + "qdpx (REFI-QDA for NVivo, ATLAS.ti, MAXQDA, QualCoder) or brat (zip of .txt/.ann).")
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.", completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export only the quotes this search finds.")
    String query;

    @Option(names = "--articles", split = ",", paramLabel = "ID", description = "Export only these articles.")
    List<String> articles;

    @Option(names = "--bom", description = "CSV: start with a byte order mark for Excel (and guard formula cells).")
    boolean bom;

    @Option(names = "--include-rejected", description = "Also export quotes marked rejected (the bundle always keeps them).")
    boolean includeRejected;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    Path out;

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ExchangeFormat.values()).map(ExchangeFormat::wireName).iterator();
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outWriter = spec.commandLine().getOut();
        ExchangeFormat f = ExchangeFormat.fromWire(format).orElse(null);
        if (f == null) {
            err.println("export: unknown format '" + format + "'; choose one of "
                    + Arrays.stream(ExchangeFormat.values()).map(ExchangeFormat::wireName).collect(Collectors.joining(", ")));
            return ExitCodes.USAGE;
        }
        if (query != null && articles != null) {
            err.println("export: give --query or --articles, not both");
            return ExitCodes.USAGE;
        }
        ExportScope scope = query != null ? new ExportScope.Query(query)
                : articles != null ? new ExportScope.Articles(articles) : ExportScope.wholeProject();
        ExportOptions options = new ExportOptions(bom, includeRejected);
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            ExportResult r = new ExportSet(session, SearchQueries.resolver(session))
                    .export(scope, f, options, out, (done, total, message) -> { }, Cancellation.NEVER);
            err.println("Exported " + r.quotes() + " quote(s) from " + r.articles() + " article(s) as " + f.label()
                    + " to " + r.file());
            outWriter.flush();
            return ExitCodes.OK;
        } catch (InvalidQueryException e) {
            err.println("export: the query cannot be understood: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            err.println("export: " + e.getMessage());
            return ExitCodes.FATAL;
        } catch (IOException e) {
            err.println("export: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
