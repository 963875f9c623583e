package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a W3C Web Annotation collection (JSON-LD): one annotation per quote whose body holds its
 * stances (purpose tagging), its speaker (purpose identifying) and its note (purpose commenting),
 * and whose target is the article with a TextQuoteSelector and a TextPositionSelector counted in
 * Unicode code points. The articles' texts travel with the collection ({@code qs:sources}) so the
 * positions can be checked and the set imported elsewhere; the codebook travels as {@code qs:codebook}.
 */
public final class W3cExporter implements SetExporter {
    private final String generator;

    public W3cExporter(String generator) {
        this.generator = generator;
    }

    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        int total = (int) set.articles().stream().flatMap(a -> a.quotes().stream()).filter(options::includes).count();
        try (JsonGenerator g = ExchangeJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                .createGenerator(NonClosing.of(out))) {
            g.writeStartObject();
            g.writeName("@context");
            g.writeStartArray();
            g.writeString(W3cAnnotations.CONTEXT);
            g.writeStartObject();
            g.writeStringProperty("qs", W3cAnnotations.QS_NS);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringProperty("id", "urn:quotestance:set:" + Guids.of("set", set.project().name() + "|" + total));
            g.writeStringProperty("type", "AnnotationCollection");
            g.writeStringProperty("label", set.project().name());
            g.writeNumberProperty("total", total);
            g.writeObjectPropertyStart("generator");
            g.writeStringProperty("type", "Software");
            g.writeStringProperty("name", generator);
            g.writeEndObject();
            g.writeStringProperty("qs:offsetUnit", "codepoint");
            g.writePOJOProperty("qs:codebook", set.codebook());
            g.writeArrayPropertyStart("qs:sources");
            for (Article a : set.articles()) {
                g.writePOJO(source(a));
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("first");
            g.writeStringProperty("type", "AnnotationPage");
            g.writeNumberProperty("startIndex", 0);
            g.writeArrayPropertyStart("items");
            int done = 0;
            for (Article a : set.articles()) {
                for (Quote q : a.quotes()) {
                    if (options.includes(q)) {
                        g.writePOJO(annotation(set, a, q));
                    }
                }
                progress.articleWritten(++done, set.articles().size());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static ObjectNode source(Article a) {
        ArticleMeta m = a.meta() == null ? ArticleMeta.titled(null) : a.meta();
        ObjectNode s = ExchangeJson.MAPPER.createObjectNode();
        s.put("id", W3cAnnotations.ARTICLE_IRI + a.id());
        s.put("type", "Text");
        s.put("format", "text/plain");
        putIf(s, "title", m.title());
        putIf(s, "via", m.url());
        putIf(s, "qs:outlet", m.outlet());
        putIf(s, "qs:byline", m.byline());
        putIf(s, "qs:published", m.published() == null ? null : m.published().toString());
        s.put("qs:textSha256", ArticleIds.sha256(a.text()));
        s.put("qs:text", a.text());
        return s;
    }

    static ObjectNode annotation(AnnotatedSet set, Article a, Quote q) {
        String text = a.text();
        ObjectNode o = ExchangeJson.MAPPER.createObjectNode();
        o.put("id", W3cAnnotations.QUOTE_IRI + q.id());
        o.put("type", "Annotation");
        o.put("motivation", q.stanceIds().isEmpty() ? "identifying" : "tagging");
        if (a.meta() != null && a.meta().importedAt() != null) {
            o.put("created", a.meta().importedAt().toString());
        }
        String annotator = q.annotator() == null ? Quote.AUTO : q.annotator();
        ObjectNode creator = o.putObject("creator");
        creator.put("type", Quote.AUTO.equals(annotator) ? "Software" : "Person");
        creator.put("name", annotator);
        ArrayNode body = o.putArray("body");
        for (String id : q.stanceIds()) {
            ObjectNode b = body.addObject();
            b.put("type", "TextualBody");
            b.put("purpose", "tagging");
            b.put("value", set.stance(id).map(Stance::name).orElse(id));
            b.put("qs:stance", id);
            set.topicOf(id).ifPresent(t -> b.put("qs:topic", t.name()));
        }
        set.speakerOf(a, q).ifPresent(s -> speakerBody(body.addObject(), s));
        if (q.note() != null && !q.note().isBlank()) {
            ObjectNode b = body.addObject();
            b.put("type", "TextualBody");
            b.put("purpose", "commenting");
            b.put("value", q.note());
        }
        ObjectNode target = o.putObject("target");
        target.put("source", W3cAnnotations.ARTICLE_IRI + a.id());
        ArrayNode selectors = target.putArray("selector");
        TextSelector sel = TextSelector.of(text, q.span());
        ObjectNode tq = selectors.addObject();
        tq.put("type", "TextQuoteSelector");
        tq.put("exact", sel.exact());
        tq.put("prefix", sel.prefix());
        tq.put("suffix", sel.suffix());
        ObjectNode tp = selectors.addObject();
        tp.put("type", "TextPositionSelector");
        tp.put("start", CodePoints.startFromUtf16(text, q.span().start()));
        tp.put("end", CodePoints.endFromUtf16(text, q.span().end()));
        o.put("qs:kind", q.kind() == null ? null : q.kind().wireName());
        o.put("qs:status", q.status() == null ? null : q.status().wireName());
        o.put("qs:confidence", q.confidence());
        if (q.cue() != null) {
            o.set("qs:cue", position(text, q.cue().start(), q.cue().end()));
        }
        if (q.speakerSpan() != null) {
            o.set("qs:speakerMention", position(text, q.speakerSpan().start(), q.speakerSpan().end()));
        }
        return o;
    }

    private static void speakerBody(ObjectNode b, Speaker s) {
        b.put("type", "TextualBody");
        b.put("purpose", "identifying");
        b.put("value", s.name());
        b.put("qs:speaker", s.id());
        b.put("qs:speakerType", s.type().wireName());
        putIf(b, "qs:role", s.role());
        putIf(b, "qs:affiliation", s.affiliation());
    }

    private static ObjectNode position(String text, int start, int end) {
        ObjectNode p = ExchangeJson.MAPPER.createObjectNode();
        p.put("type", "TextPositionSelector");
        p.put("start", CodePoints.startFromUtf16(text, start));
        p.put("end", CodePoints.endFromUtf16(text, end));
        return p;
    }

    private static void putIf(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
