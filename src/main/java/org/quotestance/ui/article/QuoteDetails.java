package org.quotestance.ui.article;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Stance;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words about a quote for the hover popup and the quote panel. */
public final class QuoteDetails {
    private QuoteDetails() {
    }

    /** The speaker's name, from the article or else the registry; "Unknown speaker" when none. */
    public static String speakerName(Article article, SpeakerRegistry registry, Quote q) {
        return speaker(article, registry, q).map(Speaker::name).orElse("Unknown speaker");
    }

    public static Optional<Speaker> speaker(Article article, SpeakerRegistry registry, Quote q) {
        if (q.speakerId() == null) {
            return Optional.empty();
        }
        return article.speaker(q.speakerId()).or(() -> registry.byId(q.speakerId()));
    }

    public static String stanceNames(Codebook codebook, Quote q) {
        if (q.stanceIds().isEmpty()) {
            return "none yet";
        }
        return q.stanceIds().stream()
                .map(id -> codebook.stance(id).map(Stance::name).orElse(id + " (not in the codebook)"))
                .collect(Collectors.joining("; "));
    }

    public static String status(Quote q) {
        return switch (q.status()) {
            case SUGGESTED -> "suggested, not reviewed";
            case ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
        };
    }

    /** Several lines: speaker (and role), kind, confidence and review, stances, note. */
    public static String describe(Article article, SpeakerRegistry registry, Codebook codebook, Quote q) {
        StringBuilder sb = new StringBuilder();
        Optional<Speaker> sp = speaker(article, registry, q);
        sb.append(sp.map(Speaker::name).orElse("Unknown speaker"));
        sp.map(Speaker::role).ifPresent(r -> sb.append(" — ").append(r));
        sb.append('\n').append(capitalise(q.kind().wireName())).append(" quote · confidence ")
                .append(String.format(Locale.ROOT, "%.2f", q.confidence())).append(" · ").append(status(q));
        sb.append("\nStances: ").append(stanceNames(codebook, q));
        if (q.note() != null && !q.note().isBlank()) {
            sb.append("\nNote: ").append(q.note());
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
