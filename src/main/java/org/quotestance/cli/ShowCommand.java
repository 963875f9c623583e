package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleMeta;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code show --project DIR ID}: an article's metadata, then its text. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an article's metadata and text. A unique prefix of the id is enough.",
        footer = {"", "Example:", "  quotestance show --project desk.qstance 3f9a"})
public final class ShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Parameters(index = "0", paramLabel = "ID", description = "The article id (or a unique prefix of it).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            String wanted = id.strip().toLowerCase(java.util.Locale.ROOT);
            List<String> matches = session.store().articleIds().stream().filter(a -> a.startsWith(wanted)).toList();
            if (wanted.isEmpty() || matches.isEmpty()) {
                err.println("No article with id '" + id + "' in " + project + " (see: quotestance list --project "
                        + project + ")");
                return ExitCodes.USAGE;
            }
            String exact = matches.contains(wanted) ? wanted : null;
            if (exact == null && matches.size() > 1) {
                err.println("The id prefix '" + id + "' matches " + matches.size() + " articles: "
                        + String.join(", ", matches.subList(0, Math.min(5, matches.size())))
                        + (matches.size() > 5 ? ", …" : "") + ". Give more characters.");
                return ExitCodes.USAGE;
            }
            Article a = session.article(exact != null ? exact : matches.get(0)).orElseThrow();
            print(out, a);
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, Article a) {
        ArticleMeta m = a.meta();
        field(out, "id", a.id());
        field(out, "title", m.title());
        field(out, "outlet", m.outlet());
        field(out, "byline", m.byline());
        field(out, "published", m.published() == null ? null : m.published().toString());
        field(out, "url", m.url());
        field(out, "credit", m.credit());
        field(out, "source", m.source());
        field(out, "format", m.format());
        field(out, "imported", m.importedAt() == null ? null : m.importedAt().toString());
        field(out, "quotes", a.quotes().size() + " (" + a.unreviewedCount() + " to review)");
        field(out, "speakers", a.speakers().isEmpty() ? null
                : String.join(", ", a.speakers().stream().map(s -> s.name()).toList()));
        out.println();
        out.println(a.text());
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-10s %s%n", name + ":", value);
        }
    }
}
