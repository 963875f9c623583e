package org.quotestance.cli;

import org.quotestance.app.ArticleSummary;
import org.quotestance.app.ProjectSession;
import org.quotestance.store.ProjectJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code list --project DIR}: one row per article. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the articles of a project: id, title, outlet, published date, number of quotes.",
        footer = {"", "Example:", "  quotestance list --project desk.qstance --format json"})
public final class ListCommand implements Callable<Integer> {
    /** Titles longer than this are cut with an ellipsis in the table. */
    static final int TITLE_WIDTH = 60;

    enum Format { table, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<ArticleSummary> rows;
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            rows = new ArrayList<>(session.summaries());
        }
        rows.sort(Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.title() == null ? "" : r.title()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (ArticleSummary r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("title", r.title());
                m.put("outlet", r.outlet());
                m.put("published", r.published() == null ? null : r.published().toString());
                m.put("quotes", r.quotes());
                json.add(m);
            }
            out.println(ProjectJson.MAPPER.writeValueAsString(json));
        } else {
            out.print(table(rows));
        }
        return ExitCodes.OK;
    }

    static String table(List<ArticleSummary> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[]{"ID", "TITLE", "OUTLET", "PUBLISHED", "QUOTES"});
        for (ArticleSummary r : rows) {
            cells.add(new String[]{r.id(), cut(r.title(), TITLE_WIDTH), cut(r.outlet(), 24),
                    r.published() == null ? "" : r.published().toString(), Integer.toString(r.quotes())});
        }
        int[] widths = new int[5];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String c = row[i];
                if (i == row.length - 1) { // numbers right-aligned
                    line.append(" ".repeat(widths[i] - width(c))).append(c);
                } else {
                    line.append(c).append(" ".repeat(widths[i] - width(c) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\s+", " ").strip();
        if (width(oneLine) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }

    /** Columns a string takes: code points, so an emoji in a title does not skew the table. */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
