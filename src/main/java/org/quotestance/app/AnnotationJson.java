package org.quotestance.app;

import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON that {@code annotate --format json} prints for an article: exactly the shape of
 * {@code eval/README.md} (article, speakers, quotes with text, kind, offsets, speaker, cue and
 * confidence), so that the evaluation scorer and other tools can read it.
 */
public final class AnnotationJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnnotationJson() {
    }

    public static ObjectNode toNode(AnnotatedArticle a) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode article = root.putObject("article");
        ArticleMeta m = a.meta();
        article.put("title", m == null ? null : m.title());
        article.put("published", m == null || m.published() == null ? null : m.published().toString());
        article.put("outlet", m == null ? null : m.outlet());
        article.put("credit", m == null ? null : m.credit());
        article.put("chars", a.text().length());
        ArrayNode speakers = root.putArray("speakers");
        Map<String, Speaker> byId = new HashMap<>();
        for (Speaker s : a.detection().speakers()) {
            byId.put(s.id(), s);
            ObjectNode n = speakers.addObject();
            n.put("id", s.id());
            n.put("name", s.name());
            n.put("role", s.role());
            ArrayNode aliases = n.putArray("aliases");
            s.aliases().forEach(aliases::add);
        }
        ArrayNode quotes = root.putArray("quotes");
        String text = a.text();
        for (Quote q : a.detection().quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text(text));
            n.put("kind", q.kind().wireName());
            n.put("start", q.span().start());
            n.put("end", q.span().end());
            Speaker s = q.speakerId() == null ? null : byId.get(q.speakerId());
            if (s == null) {
                n.putNull("speaker");
            } else {
                ObjectNode sp = n.putObject("speaker");
                sp.put("id", s.id());
                sp.put("name", s.name());
                if (q.speakerSpan() != null) {
                    sp.put("mention", q.speakerSpan().of(text));
                    sp.put("start", q.speakerSpan().start());
                    sp.put("end", q.speakerSpan().end());
                } else {
                    sp.putNull("mention");
                    sp.putNull("start");
                    sp.putNull("end");
                }
            }
            if (q.cue() == null) {
                n.putNull("cue");
            } else {
                ObjectNode c = n.putObject("cue");
                c.put("text", q.cue().of(text));
                c.put("start", q.cue().start());
                c.put("end", q.cue().end());
            }
            n.put("confidence", Math.round(q.confidence() * 100) / 100.0);
        }
        return root;
    }

    /** One article, indented. */
    public static String write(AnnotatedArticle a) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(a));
    }

    /** One article on one line (JSON Lines). */
    public static String writeLine(AnnotatedArticle a) {
        return MAPPER.writeValueAsString(toNode(a));
    }

    /** Several articles as one indented array. */
    public static String writeArray(List<AnnotatedArticle> all) {
        ArrayNode arr = MAPPER.createArrayNode();
        all.forEach(a -> arr.add(toNode(a)));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(arr);
    }
}
