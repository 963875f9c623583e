package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import org.quotestance.model.Topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Synthetic stories with the traps exports must survive: emoji, accents, commas and quotes inside quotes. */
public final class ExchangeFixtures {
    public static final Stance NO_TROOPS = new Stance("no-troops", "No troops in Varnia", "Rules out a deployment", "#d9534f", "1");
    public static final Stance TALKS = new Stance("talks-first", "Talks first", null, "#5bc0de", "2");
    public static final Stance SANCTIONS = new Stance("sanctions", "More sanctions", "Wants pressure, \"now\"", "#f0ad4e", null);
    public static final Codebook CODEBOOK = new Codebook(List.of(
            new Topic("security", "Security", "Military questions", List.of(NO_TROOPS),
                    List.of(new Topic("diplomacy", "Diplomacy", null, List.of(TALKS), List.of()))),
            new Topic("economy", "Economy", null, List.of(SANCTIONS), List.of())));

    public static final Speaker ORSOLYA = new Speaker("orsolya-bene", "Orsolya Bene", SpeakerType.PERSON,
            List.of("Defence Minister"), "Varnian government", List.of("Bene"));
    public static final Speaker DUCHAMP = new Speaker("jose-duchamp", "José Duchamp", SpeakerType.PERSON,
            List.of("spokesman"), "Alliance of the North", List.of("Duchamp"));
    public static final Speaker OFFICIAL = new Speaker("a1-official", "a senior diplomat", SpeakerType.ANONYMOUS,
            List.of(), null, List.of());

    private ExchangeFixtures() {
    }

    public static ProjectInfo project() {
        return new ProjectInfo("Varnia desk", ProjectInfo.SCHEMA_VERSION, CODEBOOK, Map.of("annotator", "mara"));
    }

    public static SpeakerRegistry registry() {
        return new SpeakerRegistry(List.of(ORSOLYA, DUCHAMP));
    }

    /** A story with an emoji headline, an accented name, a comma-laden quote and a nested quote. */
    public static Article troopsStory() {
        String text = "Bene rules out troops 🪖 for Varnia\n\n"
                + "“We will not send soldiers, not now, not later,” Defence Minister Orsolya Bene said on Tuesday. "
                + "She added that talks 🤝 must come first.\n\n"
                + "José Duchamp, a spokesman, told reporters: “The word ‘never’ is not in our vocabulary.”\n\n"
                + "A senior diplomat said sanctions were “=SUM(A1) the only lever left.”";
        String id = ArticleIds.of(text);
        Quote q1 = quote(id + "-1", text, "We will not send soldiers, not now, not later,", "said", "Orsolya Bene",
                "orsolya-bene", QuoteKind.DIRECT, ReviewStatus.ACCEPTED, List.of(NO_TROOPS.id()), "Strong wording", "mara");
        Quote q2 = quote(id + "-2", text, "talks 🤝 must come first", "added", "She", "orsolya-bene",
                QuoteKind.INDIRECT, ReviewStatus.SUGGESTED, List.of(TALKS.id(), NO_TROOPS.id()), null, Quote.AUTO);
        Quote q3 = quote(id + "-3", text, "The word ‘never’ is not in our vocabulary.", "told", "José Duchamp",
                "jose-duchamp", QuoteKind.DIRECT, ReviewStatus.ACCEPTED, List.of(), "Line 1\nline 2, with \"quotes\"", "mara");
        Quote q4 = quote(id + "-4", text, "=SUM(A1) the only lever left.", "said", "A senior diplomat",
                "a1-official", QuoteKind.PARTIAL, ReviewStatus.ACCEPTED, List.of(SANCTIONS.id()), null, "mara");
        Quote rejected = quote(id + "-5", text, "Bene rules out troops", null, null, null, QuoteKind.HEADLINE,
                ReviewStatus.REJECTED, List.of(), null, Quote.AUTO);
        ArticleMeta meta = new ArticleMeta("Bene rules out troops 🪖 for Varnia", "Northern Courier", "Ida Lunn",
                LocalDate.of(2025, 2, 12), "https://courier.example/varnia", "Northern Courier", "varnia.txt", "txt",
                Instant.parse("2025-02-13T08:00:00Z"));
        return new Article(id, meta, text, List.of(q1, q2, q3, q4, rejected), List.of(ORSOLYA, DUCHAMP, OFFICIAL), 3);
    }

    /** A second, plainer story without a date or outlet. */
    public static Article talksStory() {
        String text = "Talks resume in Lund\n\nDuchamp said the alliance was “ready to listen” to Varnia.";
        String id = ArticleIds.of(text);
        Quote q = quote(id + "-1", text, "ready to listen", "said", "Duchamp", "jose-duchamp", QuoteKind.PARTIAL,
                ReviewStatus.ACCEPTED, List.of(TALKS.id()), null, "mara");
        return new Article(id, ArticleMeta.titled("Talks resume in Lund"), text, List.of(q), List.of(DUCHAMP), 1);
    }

    public static AnnotatedSet set() {
        return new AnnotatedSet(project(), registry(), List.of(troopsStory(), talksStory()));
    }

    static Quote quote(String id, String text, String words, String cue, String mention, String speakerId,
                       QuoteKind kind, ReviewStatus status, List<String> stances, String note, String annotator) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        Span span = new Span(at, at + words.length());
        Span cueSpan = cue == null ? null : find(text, cue, at);
        Span mentionSpan = mention == null ? null : find(text, mention, Math.max(0, at - 120));
        return new Quote(id, kind, span, cueSpan, mentionSpan, speakerId, annotator.equals(Quote.AUTO) ? 0.75 : 1.0,
                status, stances, note, annotator, TextSelector.of(text, span));
    }

    private static Span find(String text, String words, int from) {
        int at = text.indexOf(words, from);
        if (at < 0) {
            at = text.indexOf(words);
        }
        return new Span(at, at + words.length());
    }
}
