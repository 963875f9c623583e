package org.quotestance.model;

import java.util.List;
import java.util.Optional;

/**
 * An article: normalised text that never changes after import, its metadata, and the quotes and
 * speakers found or made in it. {@code revision} grows by one with every saved change.
 */
public record Article(String id, ArticleMeta meta, String text, List<Quote> quotes, List<Speaker> speakers,
                      int revision) {
    public Article {
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
    }

    public Article withQuotes(List<Quote> q) {
        return new Article(id, meta, text, q, speakers, revision);
    }

    public Article withSpeakers(List<Speaker> s) {
        return new Article(id, meta, text, quotes, s, revision);
    }

    public Article withMeta(ArticleMeta m) {
        return new Article(id, m, text, quotes, speakers, revision);
    }

    public Article nextRevision() {
        return new Article(id, meta, text, quotes, speakers, revision + 1);
    }

    public Optional<Speaker> speaker(String speakerId) {
        return speakers.stream().filter(s -> s.id().equals(speakerId)).findFirst();
    }

    public Optional<Quote> quote(String quoteId) {
        return quotes.stream().filter(q -> q.id().equals(quoteId)).findFirst();
    }

    public long unreviewedCount() {
        return quotes.stream().filter(q -> q.status() == ReviewStatus.SUGGESTED).count();
    }
}
