package org.quotestance.app;

import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article for a person to read: every quote in [brackets] followed by its speaker and kind,
 * e.g. {@code “[The war must end]{Pete Hegseth · direct},” Hegseth said.}, then the speaker list.
 */
public final class AnnotationText {
    private AnnotationText() {
    }

    public static String write(AnnotatedArticle a) {
        String text = a.text();
        Map<String, Speaker> byId = new HashMap<>();
        a.detection().speakers().forEach(s -> byId.put(s.id(), s));
        StringBuilder out = new StringBuilder(text.length() + 64 * a.detection().quotes().size() + 200);
        if (a.meta() != null && a.meta().title() != null) {
            out.append("# ").append(a.meta().title()).append('\n');
        }
        out.append("(").append(a.source()).append(")\n\n");
        List<Quote> quotes = a.detection().quotes();
        // quotes are sorted by start; reported speech may contain a partial quote, so track nesting by end
        int pos = 0;
        java.util.ArrayDeque<Quote> open = new java.util.ArrayDeque<>();
        for (Quote q : quotes) {
            while (!open.isEmpty() && open.peek().span().end() <= q.span().start()) {
                Quote done = open.pop();
                out.append(text, pos, done.span().end());
                pos = done.span().end();
                closeTag(out, done, byId);
            }
            if (q.span().start() < pos) {
                continue; // overlaps something already written
            }
            out.append(text, pos, q.span().start());
            pos = q.span().start();
            out.append('[');
            open.push(q);
        }
        while (!open.isEmpty()) {
            Quote done = open.pop();
            int end = Math.max(pos, done.span().end());
            out.append(text, pos, end);
            pos = end;
            closeTag(out, done, byId);
        }
        out.append(text, pos, text.length()).append("\n\nSpeakers:\n");
        for (Speaker s : a.detection().speakers()) {
            out.append("  ").append(s.name());
            if (s.role() != null) {
                out.append(" — ").append(s.role());
            }
            out.append(" (").append(s.type().wireName()).append(", ").append(s.id()).append(")\n");
        }
        return out.toString();
    }

    private static void closeTag(StringBuilder out, Quote q, Map<String, Speaker> byId) {
        Speaker s = q.speakerId() == null ? null : byId.get(q.speakerId());
        out.append("]{").append(s == null ? "?" : s.name()).append(" · ").append(q.kind().wireName()).append('}');
    }
}
