package org.quotestance.index;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small fictional news corpus with the traps search meets: stemmed and exact forms ("troops",
 * "troop"), speakers known by alias, an anonymous source, a quote without speaker, an undated
 * article, stances on some quotes only.
 */
public final class QuoteFixtures {
    public static final String TROOPS = "st-troops";
    public static final String NATO = "st-nato";
    public static final String AID = "st-aid";

    public static final Speaker ELLISON = new Speaker("margaret-ellison", "Margaret Ellison", SpeakerType.PERSON,
            List.of("Defense Secretary"), "Department of Defense", List.of("Ellison", "Secretary Ellison"));
    public static final Speaker REYES = new Speaker("tomas-reyes", "Tomas Reyes", SpeakerType.PERSON,
            List.of("Senator"), null, List.of("Reyes"));
    public static final Speaker DIPLOMAT = new Speaker("a2-diplomat", "a senior European diplomat",
            SpeakerType.ANONYMOUS, List.of(), null, List.of());

    private QuoteFixtures() {
    }

    public static Codebook codebook() {
        return new Codebook(List.of(new Topic("t-ukraine", "Ukraine", null, List.of(
                new Stance(TROOPS, "No U.S. troops in Ukraine", null, "#d9534f", "1"),
                new Stance(NATO, "NATO membership for Ukraine unrealistic", null, "#5bc0de", "2"),
                new Stance(AID, "More military aid", null, "#5cb85c", "3")), List.of())));
    }

    public static SpeakerRegistry registry() {
        return new SpeakerRegistry(List.of(ELLISON, REYES));
    }

    public static ProjectVocabulary vocabulary() {
        return new ProjectVocabulary(codebook(), registry());
    }

    /** A quote to place in an article: its exact words, which must occur in the article text. */
    public record Q(String words, String speakerId, QuoteKind kind, ReviewStatus status, String annotator,
                    List<String> stances) {
        static Q of(String words, String speakerId, String... stances) {
            return new Q(words, speakerId, QuoteKind.DIRECT, ReviewStatus.SUGGESTED, Quote.AUTO, List.of(stances));
        }

        Q accepted(String by) {
            return new Q(words, speakerId, kind, ReviewStatus.ACCEPTED, by, stances);
        }

        Q kind(QuoteKind k) {
            return new Q(words, speakerId, k, status, annotator, stances);
        }
    }

    public static Article article(String id, String title, String outlet, LocalDate published, String text,
                                  List<Speaker> speakers, Q... quotes) {
        List<Quote> qs = new ArrayList<>();
        int n = 0;
        for (Q q : quotes) {
            int start = text.indexOf(q.words());
            if (start < 0) {
                throw new IllegalArgumentException("not in the text: " + q.words());
            }
            Span span = new Span(start, start + q.words().length());
            qs.add(new Quote(id + "-q" + (++n), q.kind(), span, null, null, q.speakerId(), 0.9, q.status(),
                    q.stances(), null, q.annotator(), TextSelector.of(text, span)));
        }
        ArticleMeta meta = new ArticleMeta(title, outlet, null, published, null, null, "fixture.txt", "txt", null);
        return new Article(id, meta, text, qs, speakers, 1);
    }

    public static Article a1() {
        return article("a1aa000000000001", "Ellison rules out troops", "Northern Ledger", LocalDate.of(2025, 2, 14),
                "Defense Secretary Margaret Ellison said on Friday that \"there will be no American troops on the "
                        + "ground in Ukraine, full stop.\" She added that \"membership in NATO is not a realistic "
                        + "outcome of the negotiations.\" Reyes disagreed. \"We are negotiating from strength and "
                        + "leverage,\" Tomas Reyes said.",
                List.of(ELLISON, REYES),
                Q.of("there will be no American troops on the ground in Ukraine, full stop.", ELLISON.id(), TROOPS)
                        .accepted("dana"),
                Q.of("membership in NATO is not a realistic outcome of the negotiations.", ELLISON.id(), NATO)
                        .kind(QuoteKind.PARTIAL),
                Q.of("We are negotiating from strength and leverage,", REYES.id()));
    }

    public static Article a2() {
        return article("a2bb000000000002", "Allies split over deployment", "Capital Wire", LocalDate.of(2025, 3, 2),
                "\"Troops are not the answer,\" a senior European diplomat said. Ellison told reporters: \"Our troop "
                        + "commitments remain unchanged; no soldiers will be deployed.\" Tomas Reyes wrote on X that "
                        + "\"the leverage we have is economic, not military.\"",
                List.of(DIPLOMAT, ELLISON, REYES),
                Q.of("Troops are not the answer,", DIPLOMAT.id(), TROOPS),
                Q.of("Our troop commitments remain unchanged; no soldiers will be deployed.", ELLISON.id(), TROOPS)
                        .accepted("Dana"),
                Q.of("the leverage we have is economic, not military.", REYES.id(), AID));
    }

    public static Article a3() {
        return article("a3cc000000000003", "Talks stall", "Northern Ledger", LocalDate.of(2025, 1, 20),
                "\"The negotiations collapsed over a single word,\" Reyes said. \"Leverage matters,\" he added.",
                List.of(REYES),
                Q.of("The negotiations collapsed over a single word,", REYES.id()).kind(QuoteKind.HEADLINE),
                Q.of("Leverage matters,", REYES.id()));
    }

    public static Article a4() {
        return article("a4dd000000000004", "Undated note", null, null,
                "\"Nothing was agreed,\" said an aide.", List.of(),
                Q.of("Nothing was agreed,", null));
    }

    public static List<Article> all() {
        return List.of(a1(), a2(), a3(), a4());
    }
}
