package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.search.FacetCount;
import org.quotestance.app.search.FacetCounts;
import org.quotestance.app.search.Hit;
import org.quotestance.app.search.InvalidQueryException;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.app.search.SortOrder;
import org.quotestance.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code search --project DIR QUERY}: the same engine as the Search pane, on the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the quotes of a project.",
                "QUERY: words (stemmed), \"exact phrases\", speaker:, stance:, outlet:, kind:, status:, annotator:,",
                "article:, published:2025-02 or published:[2025-01-01 TO 2025-03-31], AND/OR/NOT, ( ), * and ?."})
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project folder.")
    Path project;

    @Option(names = "--facets", description = "Also print counts by speaker, stance, outlet, kind, status and month.")
    boolean facets;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits to print (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip (for paging).")
    int offset;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|date",
            description = "Order: relevance (default) or date (newest first).")
    String sort;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "Output format (default table).")
    String format;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SortOrder order = switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date" -> SortOrder.DATE;
            default -> null;
        };
        if (order == null || !(format.equals("table") || format.equals("json")) || limit < 0 || offset < 0) {
            err.println("search: --sort takes relevance or date, --format table or json, --limit and --offset a number >= 0");
            return ExitCodes.USAGE;
        }
        String text = String.join(" ", query);
        try (ProjectSession session = ProjectSession.openExisting(project,
                (done, total, message) -> progress(err, done, total, message))) {
            if (session.indexStatus().changed()) {
                err.println(session.indexStatus().message());
            }
            SearchResults r = session.search(new SearchRequest(text, order, offset, limit, facets));
            if (format.equals("json")) {
                printJson(out, text, r);
            } else {
                printTable(out, text, r);
            }
            return ExitCodes.OK;
        } catch (InvalidQueryException e) {
            err.println("search: " + e.getMessage());
            err.println("  " + text);
            err.println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("search: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    static void progress(PrintWriter err, long done, long total, String message) {
        if (total > 0 && (done == total || done % 5000 == 0)) {
            err.printf("%s: %d/%d%n", message, done, total);
            err.flush();
        }
    }

    private static void printTable(PrintWriter out, String text, SearchResults r) {
        out.printf("%d quote(s) match %s (%.1f ms)%n", r.total(), text.isBlank() ? "everything" : "'" + text + "'",
                r.tookMillis());
        int n = r.request().offset();
        for (Hit h : r.hits()) {
            n++;
            out.printf("%n%3d. %s  %s  %s%n", n, h.published() == null ? "----------" : h.published(),
                    nz(h.speaker(), "(speaker unknown)"), h.outlet() == null ? "" : "· " + h.outlet());
            out.printf("     %s%n", h.snippet().marked("[", "]").replace('\n', ' '));
            String stances = h.stanceNames().isEmpty() ? "" : "  stances: " + String.join("; ", h.stanceNames());
            out.printf("     %s · %s · %s%s%n", nz(h.articleTitle(), "(untitled)"), h.quoteId(), h.status(), stances);
        }
        if (!r.facets().isEmpty()) {
            out.println();
            for (String dim : FacetCounts.DIMENSIONS) {
                List<FacetCount> values = r.facets().get(dim);
                StringBuilder line = new StringBuilder(String.format("%-8s", dim + ":"));
                if (values.isEmpty()) {
                    line.append(" -");
                }
                for (int i = 0; i < values.size(); i++) {
                    line.append(i == 0 ? " " : ", ").append(values.get(i).label()).append(" (")
                            .append(values.get(i).count()).append(')');
                }
                out.println(line);
            }
        }
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static void printJson(PrintWriter out, String text, SearchResults r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", text);
        root.put("total", r.total());
        root.put("offset", r.request().offset());
        root.put("sort", r.request().sort().name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit h : r.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quoteId", h.quoteId());
            m.put("articleId", h.articleId());
            m.put("title", h.articleTitle());
            m.put("published", h.published() == null ? null : h.published().toString());
            m.put("outlet", h.outlet());
            m.put("speakerId", h.speakerId());
            m.put("speaker", h.speaker());
            m.put("kind", h.kind());
            m.put("status", h.status());
            m.put("stances", h.stanceNames());
            m.put("stanceIds", h.stanceIds());
            m.put("annotator", h.annotator());
            m.put("start", h.span().start());
            m.put("end", h.span().end());
            m.put("text", h.text());
            m.put("snippet", h.snippet().text());
            m.put("marks", h.snippet().marks().stream().map(s -> List.of(s.start(), s.end())).toList());
            m.put("score", h.score());
            hits.add(m);
        }
        root.put("hits", hits);
        if (!r.facets().isEmpty()) {
            Map<String, Object> facets = new LinkedHashMap<>();
            for (String dim : FacetCounts.DIMENSIONS) {
                facets.put(dim, r.facets().get(dim).stream().map(f -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("value", f.value());
                    v.put("label", f.label());
                    v.put("count", f.count());
                    return v;
                }).toList());
            }
            root.put("facets", facets);
        }
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
