package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One quote flattened with its article's metadata, speaker and stances: a row of CSV, a line of JSONL. */
record QuoteRow(Article article, Quote quote, Optional<Speaker> speaker, List<StanceRef> stances, String text,
                String context, String cue) {

    /** A stance as written next to a quote; {@code name} is the id itself when the codebook lacks it. */
    record StanceRef(String id, String name, String topic) {
    }

    static QuoteRow of(AnnotatedSet set, Article article, Quote quote) {
        List<StanceRef> stances = new ArrayList<>();
        for (String id : quote.stanceIds()) {
            String name = set.stance(id).map(Stance::name).orElse(id);
            String topic = set.topicOf(id).map(t -> t.name()).orElse(null);
            stances.add(new StanceRef(id, name, topic));
        }
        String text = article.text();
        return new QuoteRow(article, quote, set.speakerOf(article, quote), stances, quote.text(text),
                ContextSentence.of(text, quote.span()), quote.cue() == null ? null : quote.cue().of(text));
    }

    List<String> stanceNames() {
        return stances.stream().map(StanceRef::name).toList();
    }

    /** Every exported quote of the set, article by article, in text order. */
    static List<QuoteRow> of(AnnotatedSet set, Article article, ExportOptions options) {
        return article.quotes().stream().filter(options::includes)
                .sorted(java.util.Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()))
                .map(q -> of(set, article, q)).toList();
    }
}
