package org.quotestance.app.edit;

import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.TextSelector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The analyst's edits of quotes, each an {@link ArticleEdit}. Every edit is made from the article as
 * the analyst sees it (to know the old value for undo) but changes only its own field when applied.
 */
public final class QuoteEdits {
    private final ProjectSession session;

    public QuoteEdits(ProjectSession session) {
        this.session = session;
    }

    public ArticleEdit status(Article article, String quoteId, ReviewStatus to) {
        ReviewStatus from = quote(article, quoteId).status();
        String label = switch (to) {
            case ACCEPTED -> "Accept quote";
            case REJECTED -> "Reject quote";
            case SUGGESTED -> "Mark quote unreviewed";
        };
        return change(article, quoteId, label, q -> q.withStatus(to), q -> q.withStatus(from));
    }

    /** Adds the stance when the quote lacks it, removes it when it has it. */
    public ArticleEdit toggleStance(Article article, String quoteId, String stanceId, String stanceName) {
        boolean has = quote(article, quoteId).stanceIds().contains(stanceId);
        UnaryOperator<Quote> add = q -> q.stanceIds().contains(stanceId) ? q : q.withStances(plus(q.stanceIds(), stanceId));
        UnaryOperator<Quote> remove = q -> q.withStances(q.stanceIds().stream().filter(s -> !s.equals(stanceId)).toList());
        return has ? change(article, quoteId, "Remove stance “" + stanceName + "”", remove, add)
                : change(article, quoteId, "Tag “" + stanceName + "”", add, remove);
    }

    public ArticleEdit note(Article article, String quoteId, String note) {
        String before = quote(article, quoteId).note();
        String after = note == null || note.isBlank() ? null : note;
        return change(article, quoteId, "Edit note", q -> q.withNote(after), q -> q.withNote(before));
    }

    public ArticleEdit kind(Article article, String quoteId, QuoteKind kind) {
        QuoteKind before = quote(article, quoteId).kind();
        return change(article, quoteId, "Change kind to " + kind.wireName(), q -> q.withKind(kind), q -> q.withKind(before));
    }

    public ArticleEdit span(Article article, String quoteId, Span span) {
        Span before = quote(article, quoteId).span();
        String text = article.text();
        return change(article, quoteId, "Change quote span", q -> q.withSpan(span, text), q -> q.withSpan(before, text));
    }

    public ArticleEdit cue(Article article, String quoteId, Span cue) {
        Span before = quote(article, quoteId).cue();
        return change(article, quoteId, "Set speech cue", q -> q.withCue(cue), q -> q.withCue(before));
    }

    /**
     * Assigns a speaker, and the place where the text names them. {@code speaker} joins the article's
     * speakers when it is new to the article, and leaves them again on undo.
     */
    public ArticleEdit speaker(Article article, String quoteId, Speaker speaker, Span mention) {
        Quote q0 = quote(article, quoteId);
        String beforeId = q0.speakerId();
        Span beforeMention = q0.speakerSpan();
        Span afterMention = mention != null ? mention : (Objects.equals(beforeId, speaker.id()) ? beforeMention : null);
        boolean isNew = article.speaker(speaker.id()).isEmpty();
        UnaryOperator<Article> forward = a -> {
            Article withSpeaker = isNew && a.speaker(speaker.id()).isEmpty() ? a.withSpeakers(plus(a.speakers(), speaker)) : a;
            return replace(withSpeaker, quoteId, q -> q.withSpeaker(speaker.id(), afterMention));
        };
        UnaryOperator<Article> backward = a -> {
            Article restored = replace(a, quoteId, q -> q.withSpeaker(beforeId, beforeMention));
            boolean stillUsed = restored.quotes().stream().anyMatch(q -> speaker.id().equals(q.speakerId()));
            return isNew && !stillUsed
                    ? restored.withSpeakers(restored.speakers().stream().filter(s -> !s.id().equals(speaker.id())).toList())
                    : restored;
        };
        return new ArticleEdit(session, article.id(), "Set speaker to " + speaker.name(), forward, backward);
    }

    /** A quote made by hand: accepted, confidence 1, signed by the analyst. */
    public ArticleEdit addQuote(Article article, Span span, QuoteKind kind, String annotator) {
        String id = nextQuoteId(article);
        Quote quote = new Quote(id, kind, span, null, null, null, 1.0, ReviewStatus.ACCEPTED, List.of(), null,
                annotator, TextSelector.of(article.text(), span));
        UnaryOperator<Article> forward = a -> a.quote(id).isPresent() ? a : a.withQuotes(sortedPlus(a.quotes(), quote));
        UnaryOperator<Article> backward = a -> a.withQuotes(a.quotes().stream().filter(q -> !q.id().equals(id)).toList());
        return new ArticleEdit(session, article.id(), "Make quote", forward, backward);
    }

    /** "{articleId}-q{n}" with n one past the highest number in use, so ids stay unique after deletes. */
    public static String nextQuoteId(Article article) {
        String prefix = article.id() + "-q";
        int max = article.quotes().size();
        for (Quote q : article.quotes()) {
            if (q.id().startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(q.id().substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // an id of another shape does not take part in the numbering
                }
            }
        }
        return prefix + (max + 1);
    }

    private ArticleEdit change(Article article, String quoteId, String label, UnaryOperator<Quote> forward,
                               UnaryOperator<Quote> backward) {
        return new ArticleEdit(session, article.id(), label, a -> replace(a, quoteId, forward),
                a -> replace(a, quoteId, backward));
    }

    private static Article replace(Article a, String quoteId, UnaryOperator<Quote> f) {
        if (a.quote(quoteId).isEmpty()) {
            throw new EditException("The quote " + quoteId + " is no longer in the article “" + a.meta().title() + "”");
        }
        return a.withQuotes(a.quotes().stream().map(q -> q.id().equals(quoteId) ? f.apply(q) : q).toList());
    }

    private static Quote quote(Article a, String quoteId) {
        return a.quote(quoteId).orElseThrow(() -> new EditException("No quote " + quoteId + " in this article"));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static List<Quote> sortedPlus(List<Quote> quotes, Quote q) {
        List<Quote> out = plus(quotes, q);
        out.sort(Comparator.comparingInt((Quote x) -> x.span().start()).thenComparingInt(x -> x.span().end()));
        return out;
    }
}
