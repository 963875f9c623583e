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
        // Reported speech may hold a partial quote that starts where it starts: outer spans go first so
        // that brackets nest; a span that crosses an open one cannot be bracketed and is left out.
        List<Quote> quotes = new java.util.ArrayList<>(a.detection().quotes());
        quotes.sort(java.util.Comparator.<Quote>comparingInt(q -> q.span().start())
                .thenComparing(java.util.Comparator.<Quote>comparingInt(q -> q.span().end()).reversed()));
        int pos = 0;
        java.util.ArrayDeque<Quote> open = new java.util.ArrayDeque<>();
        for (Quote q : quotes) {
            while (!open.isEmpty() && open.peek().span().end() <= q.span().start()) {
                pos = close(out, text, pos, open.pop(), byId);
            }
            if (q.span().start() < pos || (!open.isEmpty() && q.span().end() > open.peek().span().end())) {
                continue;
            }
            out.append(text, pos, q.span().start());
            pos = q.span().start();
            out.append('[');
            open.push(q);
        }
        while (!open.isEmpty()) {
            pos = close(out, text, pos, open.pop(), byId);
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

    /** Writes the text up to the quote's end and its closing tag; returns the new write position. */
    private static int close(StringBuilder out, String text, int pos, Quote q, Map<String, Speaker> byId) {
        int end = Math.max(pos, q.span().end());
        out.append(text, pos, end);
        closeTag(out, q, byId);
        return end;
    }

    private static void closeTag(StringBuilder out, Quote q, Map<String, Speaker> byId) {
        Speaker s = q.speakerId() == null ? null : byId.get(q.speakerId());
        out.append("]{").append(s == null ? "?" : s.name()).append(" · ").append(q.kind().wireName()).append('}');
    }
}
