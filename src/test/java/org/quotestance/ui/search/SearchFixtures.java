package org.quotestance.ui.search;

import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Three short fictional stories, two speakers in the registry (one known by an alias), two outlets,
 * two months, stances on some quotes. The word "troops" appears in quotes of both speakers and in
 * an untagged quote, so a facet click has something to narrow.
 */
final class SearchFixtures {
    static final Speaker SOREL = new Speaker("ana-sorel", "Ana Sorel", SpeakerType.PERSON, List.of("Minister"),
            "Valmora", List.of("Sorel"));
    static final Speaker CALDER = new Speaker("rob-calder", "Rob Calder", SpeakerType.PERSON, List.of("Senator"),
            null, List.of("Calder"));

    private SearchFixtures() {
    }

    static Codebook codebook() {
        return new Codebook(List.of(new Topic("war", "Ukraine–Russia war", "", List.of(
                new Stance("no-troops", "No U.S. troops in Ukraine", "", "#e0902f", "1"),
                new Stance("war-must-end", "War must end", "", "#d9534f", "2")), List.of())));
    }

    static ProjectSession project(Path dir) {
        ProjectSession s = ProjectSession.openOrCreate(dir);
        s.saveInfo(s.info().withCodebook(codebook()));
        s.store().saveSpeakers(new SpeakerRegistry(List.of(SOREL, CALDER)));
        s.saveAll(articles());
        return s;
    }

    static List<Article> articles() {
        String t1 = "Sorel rules out troops\n\n“We will not send troops across the border,” Minister Ana Sorel said "
                + "on Tuesday. “The war must end at the table,” she added.";
        String t2 = "Calder: troops stay home\n\n“Not one American soldier, no troops, no bases,” Senator Rob Calder "
                + "told the Northern Courier. He said the aid would continue.";
        String t3 = "Talks in Merrow\n\n“Troops on the ground would be a mistake,” a European diplomat said. "
                + "“We want the war to end,” Sorel said later.";
        return List.of(
                article(t1, "Valmora Daily", LocalDate.of(2025, 2, 11),
                        q(t1, "1", "We will not send troops across the border", "ana-sorel", "no-troops"),
                        q(t1, "2", "The war must end at the table", "ana-sorel", "war-must-end")),
                article(t2, "Northern Courier", LocalDate.of(2025, 3, 4),
                        q(t2, "1", "Not one American soldier, no troops, no bases", "rob-calder", "no-troops")),
                article(t3, "Valmora Daily", LocalDate.of(2025, 3, 20),
                        q(t3, "1", "Troops on the ground would be a mistake", null),
                        q(t3, "2", "We want the war to end", "ana-sorel", "war-must-end")));
    }

    private static Article article(String text, String outlet, LocalDate date, Quote... quotes) {
        String id = ArticleIds.of(text);
        List<Quote> qs = new ArrayList<>();
        for (Quote q : quotes) {
            qs.add(new Quote(id + "-" + q.id(), q.kind(), q.span(), null, null, q.speakerId(), 0.9, q.status(),
                    q.stanceIds(), null, Quote.AUTO, q.selector()));
        }
        return new Article(id, ArticleMeta.titled(text.substring(0, text.indexOf('\n'))).withOutlet(outlet)
                .withPublished(date), text, qs, List.of(SOREL, CALDER), 1);
    }

    private static Quote q(String text, String n, String words, String speakerId, String... stances) {
        int at = text.indexOf(words);
        Span span = new Span(at, at + words.length());
        return new Quote(n, QuoteKind.DIRECT, span, null, null, speakerId, 0.9,
                stances.length > 0 ? ReviewStatus.ACCEPTED : ReviewStatus.SUGGESTED, List.of(stances), null,
                Quote.AUTO, TextSelector.of(text, span));
    }

    static String quoteId(int article, int n) {
        return articles().get(article).id() + "-" + n;
    }
}
