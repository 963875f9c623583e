package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerIds;
import org.quotestance.model.SpeakerType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects articles read from foreign formats (REFI-QDA, brat, W3C): ids from the stored-form text,
 * numbered quote ids, and one article when two sources carry the same text.
 */
final class ForeignArticles {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "his", "hers", "their");
    private static final String QUOTE_MARKS = "\"“”„«»‘’‚‹›'「」『』";

    private final Map<String, Article> byId = new LinkedHashMap<>();

    /** Adds an article; quotes without an id (or with one already taken) get {@code <article id>-<n>}. */
    Article add(String text, ArticleMeta meta, List<Quote> quotes, List<Speaker> speakers) {
        String id = ArticleIds.of(text);
        Article old = byId.get(id);
        List<Quote> all = new ArrayList<>(old == null ? List.of() : old.quotes());
        List<Speaker> sp = new ArrayList<>(old == null ? List.of() : old.speakers());
        java.util.Set<String> taken = new java.util.HashSet<>();
        all.forEach(q -> taken.add(q.id()));
        for (Quote q : quotes) {
            String qid = q.id();
            for (int n = all.size() + 1; qid == null || taken.contains(qid); n++) {
                qid = id + "-" + n;
            }
            taken.add(qid);
            all.add(new Quote(qid, q.kind(), q.span(), q.cue(), q.speakerSpan(), q.speakerId(), q.confidence(),
                    q.status(), q.stanceIds(), q.note(), q.annotator(), q.selector()));
        }
        for (Speaker s : speakers) {
            if (sp.stream().noneMatch(x -> x.id().equals(s.id()))) {
                sp.add(s);
            }
        }
        Article a = new Article(id, old == null ? meta : old.meta(), text, all, sp, 1);
        byId.put(id, a);
        return a;
    }

    List<Article> articles() {
        return List.copyOf(byId.values());
    }

    /** A speaker for a name read from a foreign file, or null for a pronoun, which names nobody. */
    static Speaker speakerNamed(String name, SpeakerType type) {
        String clean = name == null ? "" : name.replaceAll("\\s+", " ").trim();
        if (clean.isEmpty() || PRONOUNS.contains(clean.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Speaker(SpeakerIds.forName(clean), clean, type == null ? SpeakerType.PERSON : type, List.of(), null,
                List.of());
    }

    /** Direct when the words sit between quotation marks, otherwise reported (indirect) speech. */
    static QuoteKind guessKind(String text, Span span) {
        int before = span.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = span.end();
        while (after < text.length() && (text.charAt(after) == ' ' || ",.!?;:".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        boolean open = before >= 0 && QUOTE_MARKS.indexOf(text.charAt(before)) >= 0;
        boolean close = after < text.length() && QUOTE_MARKS.indexOf(text.charAt(after)) >= 0;
        if (open || close) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.INDIRECT;
    }
}
