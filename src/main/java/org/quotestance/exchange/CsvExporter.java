package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One quote per row, RFC 4180: UTF-8, CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quotation mark or a line break. With {@link ExportOptions#bom()} the file starts with a
 * byte order mark for Excel, and cells that Excel would run as a formula are prefixed with an
 * apostrophe (ADR 0503).
 */
public final class CsvExporter implements SetExporter {
    public static final List<String> COLUMNS = List.of("article_id", "title", "outlet", "published", "speaker", "role",
            "kind", "stances", "quote", "context", "confidence", "status", "annotator", "note");
    /** Several stances in one cell are joined with this; stance names never contain it in practice. */
    public static final String STANCE_SEPARATOR = "; ";

    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(NonClosing.of(out), StandardCharsets.UTF_8));
        if (options.bom()) {
            w.write('\uFEFF');
        }
        writeRecord(w, COLUMNS, false);
        int done = 0;
        for (Article a : set.articles()) {
            for (QuoteRow row : QuoteRow.of(set, a, options)) {
                writeRecord(w, cells(row), options.bom());
            }
            progress.articleWritten(++done, set.articles().size());
        }
        w.close();
    }

    static List<String> cells(QuoteRow row) {
        Article a = row.article();
        Quote q = row.quote();
        ArticleMeta m = a.meta() == null ? ArticleMeta.titled(null) : a.meta();
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(a.id());
        c.add(m.title());
        c.add(m.outlet());
        c.add(m.published() == null ? null : m.published().toString());
        c.add(row.speaker().map(Speaker::name).orElse(null));
        c.add(row.speaker().map(Speaker::role).orElse(null));
        c.add(q.kind() == null ? null : q.kind().wireName());
        c.add(String.join(STANCE_SEPARATOR, row.stanceNames()));
        c.add(row.text());
        c.add(row.context());
        c.add(String.format(Locale.ROOT, "%.2f", q.confidence()));
        c.add(q.status() == null ? null : q.status().wireName());
        c.add(q.annotator());
        c.add(q.note());
        return c;
    }

    static void writeRecord(Writer w, List<String> cells, boolean guardFormulas) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (guardFormulas && looksLikeFormula(v)) {
                v = "'" + v;
            }
            w.write(field(v));
        }
        w.write("\r\n");
    }

    static String field(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Excel runs a cell that starts with these as a formula (CSV injection). */
    static boolean looksLikeFormula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }
}
