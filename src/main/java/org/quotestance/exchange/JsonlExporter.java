package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON object per line and per quote, with its article's metadata, speaker, stances and context
 * sentence: ready for {@code pandas.read_json(lines=True)}. Offsets count Unicode code points, as
 * Python strings do (ADR 0501).
 */
public final class JsonlExporter implements SetExporter {
    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        int done = 0;
        for (Article a : set.articles()) {
            for (QuoteRow row : QuoteRow.of(set, a, options)) {
                out.write(ExchangeJson.MAPPER.writeValueAsBytes(line(row)));
                out.write('\n');
            }
            progress.articleWritten(++done, set.articles().size());
        }
        out.flush();
    }

    static ObjectNode line(QuoteRow row) {
        Article a = row.article();
        Quote q = row.quote();
        ArticleMeta m = a.meta() == null ? ArticleMeta.titled(null) : a.meta();
        ObjectNode o = ExchangeJson.MAPPER.createObjectNode();
        o.put("quoteId", q.id());
        o.put("articleId", a.id());
        o.put("title", m.title());
        o.put("outlet", m.outlet());
        o.put("byline", m.byline());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("url", m.url());
        o.put("kind", q.kind() == null ? null : q.kind().wireName());
        o.put("status", q.status() == null ? null : q.status().wireName());
        o.put("text", row.text());
        o.put("start", CodePoints.startFromUtf16(a.text(), q.span().start()));
        o.put("end", CodePoints.endFromUtf16(a.text(), q.span().end()));
        o.put("offsetUnit", "codepoint");
        o.put("context", row.context());
        o.put("cue", row.cue());
        row.speaker().ifPresentOrElse(s -> {
            ObjectNode sp = o.putObject("speaker");
            sp.put("id", s.id());
            sp.put("name", s.name());
            sp.put("type", s.type().wireName());
            sp.put("role", s.role());
            sp.put("affiliation", s.affiliation());
        }, () -> o.putNull("speaker"));
        o.put("speakerMention", q.speakerSpan() == null ? null : q.speakerSpan().of(a.text()));
        ArrayNode st = o.putArray("stances");
        for (QuoteRow.StanceRef s : row.stances()) {
            ObjectNode n = st.addObject();
            n.put("id", s.id());
            n.put("name", s.name());
            n.put("topic", s.topic());
        }
        o.put("confidence", q.confidence());
        o.put("annotator", q.annotator());
        o.put("note", q.note());
        return o;
    }

    static String lineOf(QuoteRow row) {
        return new String(ExchangeJson.MAPPER.writeValueAsBytes(line(row)), StandardCharsets.UTF_8);
    }
}
