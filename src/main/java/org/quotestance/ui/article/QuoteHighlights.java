package org.quotestance.ui.article;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.Span;
import org.quotestance.model.Stance;
import org.quotestance.ui.StyleClasses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The style classes of an article's text: one sweep over the quote, speaker and cue spans sorted
 * by start, so a long article with a thousand quotes is styled in one linear pass. Plain data
 * (RichTextFX's model classes, no nodes): it may run on a worker.
 */
public final class QuoteHighlights {
    private QuoteHighlights() {
    }

    private record Mark(int start, int end, List<String> classes) {
    }

    /** Index of each stance in codebook order: stance n is drawn with {@link StyleClasses#stance(int)}. */
    public static Map<String, Integer> stanceIndex(Codebook codebook) {
        Map<String, Integer> out = new HashMap<>();
        List<Stance> all = codebook.allStances();
        for (int i = 0; i < all.size(); i++) {
            out.put(all.get(i).id(), i);
        }
        return out;
    }

    /** The classes of a quote's own span. A tagged quote takes the colour of its first stance. */
    public static List<String> quoteClasses(Quote q, Map<String, Integer> stanceIndex, boolean selected) {
        List<String> c = new ArrayList<>(4);
        c.add(StyleClasses.QUOTE);
        c.add(switch (q.status()) {
            case SUGGESTED -> StyleClasses.QUOTE_SUGGESTED;
            case ACCEPTED -> StyleClasses.QUOTE_ACCEPTED;
            case REJECTED -> StyleClasses.QUOTE_REJECTED;
        });
        Integer stance = q.stanceIds().stream().map(stanceIndex::get).filter(i -> i != null).findFirst().orElse(null);
        c.add(stance == null ? StyleClasses.QUOTE_UNTAGGED : StyleClasses.stance(stance));
        if (selected) {
            c.add(StyleClasses.QUOTE_SELECTED);
        }
        return List.copyOf(c);
    }

    public static StyleSpans<Collection<String>> build(Article a, Codebook codebook, String selectedId) {
        return build(a, codebook, selectedId, 0, a.text().length());
    }

    /** The styles of {@code [from, to)} only: enough to redraw one quote when the selection moves. */
    public static StyleSpans<Collection<String>> build(Article a, Codebook codebook, String selectedId, int from, int to) {
        Map<String, Integer> index = stanceIndex(codebook);
        List<Mark> marks = new ArrayList<>(a.quotes().size() * 3);
        List<String> speaker = List.of(StyleClasses.SPEAKER_MENTION);
        List<String> cue = List.of(StyleClasses.CUE);
        for (Quote q : a.quotes()) {
            // Only quotes that touch the range pay for their classes: restyling one quote stays cheap.
            if (q.span().end() > from && q.span().start() < to) {
                add(marks, q.span(), quoteClasses(q, index, q.id().equals(selectedId)), from, to);
            }
            add(marks, q.speakerSpan(), speaker, from, to);
            add(marks, q.cue(), cue, from, to);
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return sweep(marks, from, to);
    }

    private static void add(List<Mark> marks, Span s, List<String> classes, int from, int to) {
        if (s == null) {
            return;
        }
        int start = Math.max(s.start(), from);
        int end = Math.min(s.end(), to);
        if (end > start) {
            marks.add(new Mark(start, end, classes));
        }
    }

    private static StyleSpans<Collection<String>> sweep(List<Mark> marks, int from, int to) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(marks.size() * 2 + 1);
        PriorityQueue<Mark> active = new PriorityQueue<>(Comparator.comparingInt(Mark::end));
        int pos = from;
        int i = 0;
        while (i < marks.size() || !active.isEmpty()) {
            int nextStart = i < marks.size() ? marks.get(i).start() : Integer.MAX_VALUE;
            int nextEnd = active.isEmpty() ? Integer.MAX_VALUE : active.peek().end();
            int boundary = Math.min(nextStart, nextEnd);
            if (boundary > pos) {
                b.add(classesOf(active), boundary - pos);
                pos = boundary;
            }
            while (!active.isEmpty() && active.peek().end() == pos) {
                active.poll();
            }
            while (i < marks.size() && marks.get(i).start() == pos) {
                active.add(marks.get(i++));
            }
        }
        if (to > pos || pos == from) {
            b.add(Collections.emptyList(), to - pos);
        }
        return b.create();
    }

    private static Collection<String> classesOf(PriorityQueue<Mark> active) {
        if (active.isEmpty()) {
            return Collections.emptyList();
        }
        if (active.size() == 1) {
            return active.peek().classes();
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        active.forEach(m -> all.addAll(m.classes()));
        return List.copyOf(all);
    }

    /**
     * The stretch of text whose styles differ between two versions of the same article (an edit
     * changed a quote's status, stances, span, speaker mention or cue, or added or removed one),
     * or null when no style changed (a note, a speaker id). Both articles share the text.
     */
    public static Span changedRange(Article before, Article after) {
        Map<String, Quote> old = new HashMap<>();
        before.quotes().forEach(q -> old.put(q.id(), q));
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Quote q : after.quotes()) {
            Quote was = old.remove(q.id());
            if (was != null && sameLook(was, q)) {
                continue;
            }
            for (Quote v : was == null ? List.of(q) : List.of(was, q)) {
                for (Span s : new Span[] {v.span(), v.speakerSpan(), v.cue()}) {
                    if (s != null) {
                        from = Math.min(from, s.start());
                        to = Math.max(to, s.end());
                    }
                }
            }
        }
        for (Quote removed : old.values()) {
            for (Span s : new Span[] {removed.span(), removed.speakerSpan(), removed.cue()}) {
                if (s != null) {
                    from = Math.min(from, s.start());
                    to = Math.max(to, s.end());
                }
            }
        }
        return from < to ? new Span(from, to) : null;
    }

    private static boolean sameLook(Quote a, Quote b) {
        return a.status() == b.status() && a.stanceIds().equals(b.stanceIds()) && a.span().equals(b.span())
                && java.util.Objects.equals(a.speakerSpan(), b.speakerSpan()) && java.util.Objects.equals(a.cue(), b.cue());
    }
}
