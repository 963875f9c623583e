package org.quotestance.app.codebook;

import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import org.quotestance.model.Topic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small codebook and two synthetic articles whose quotes carry its stances. Public: UI tests use it too. */
public final class CodebookFixtures {
    private CodebookFixtures() {
    }

    public static Codebook codebook() {
        Topic aid = new Topic("aid", "Military aid", "", List.of(
                new Stance("more-aid", "Send more weapons", "", "#3c9a5f", "4")), List.of());
        Topic war = new Topic("war", "Ukraine–Russia war", "The war and how it ends", List.of(
                new Stance("war-must-end", "War must end", "Calls to stop the fighting", "#d9534f", "1"),
                new Stance("nato-unrealistic", "NATO membership for Ukraine unrealistic", "", "#2b7bb9", "2"),
                new Stance("no-troops", "No U.S. troops in Ukraine", "", "#e0902f", "3"),
                new Stance("stop-fighting", "Stop the fighting now", "A near-duplicate of war-must-end", "#8e5cc2", null)),
                List.of(aid));
        Topic budget = new Topic("budget", "Defense budgets", "", List.of(
                new Stance("five-percent", "Raise defense spending to 5% of GDP", "", "#c2477f", "5")), List.of());
        return new Codebook(List.of(war, budget));
    }

    /** Opens a project in {@code dir} with {@link #codebook()} and the two articles of {@link #articles()}. */
    public static ProjectSession project(Path dir) {
        ProjectSession s = ProjectSession.openOrCreate(dir);
        s.saveInfo(s.info().withCodebook(codebook()));
        s.saveAll(articles());
        return s;
    }

    /**
     * Article one: a quote with war-must-end, one with stop-fighting AND war-must-end (the merge
     * trap: the target must not appear twice), one with stop-fighting alone. Article two: one
     * stop-fighting quote beside no-troops, one untagged quote that says "stop the fighting".
     */
    public static List<Article> articles() {
        String t1 = "Leaders meet in Valmora\n\n“The war must end this year,” said Minister Ana Sorel. "
                + "“Stop the fighting, and then we talk,” she added. Envoy Piet Marren said: “Stop it now.”";
        String t2 = "Senator: no troops\n\n“No American soldier will stand in Ukraine, and the fighting must stop,” "
                + "Senator Rob Calder told reporters. Aides were asked to “stop the fighting talk”.";
        Article a1 = article(t1, "Valmora Daily", LocalDate.of(2025, 2, 12), List.of(
                quote(t1, "1", "The war must end this year", List.of("war-must-end")),
                quote(t1, "2", "Stop the fighting, and then we talk", List.of("stop-fighting", "war-must-end")),
                quote(t1, "3", "Stop it now.", List.of("stop-fighting"))));
        Article a2 = article(t2, "Northern Courier", LocalDate.of(2025, 3, 2), List.of(
                quote(t2, "1", "No American soldier will stand in Ukraine, and the fighting must stop",
                        List.of("no-troops", "stop-fighting")),
                quote(t2, "2", "stop the fighting talk", List.of())));
        return List.of(a1, a2);
    }

    private static Article article(String text, String outlet, LocalDate date, List<Quote> quotes) {
        String id = ArticleIds.of(text);
        List<Quote> withIds = new ArrayList<>();
        quotes.forEach(q -> withIds.add(new Quote(id + "-" + q.id(), q.kind(), q.span(), null, null, null,
                0.9, ReviewStatus.ACCEPTED, q.stanceIds(), null, "tester", q.selector())));
        return new Article(id, ArticleMeta.titled(text.substring(0, text.indexOf('\n'))).withOutlet(outlet)
                .withPublished(date), text, withIds, List.of(), 1);
    }

    private static Quote quote(String text, String n, String words, List<String> stances) {
        int at = text.indexOf(words);
        Span span = new Span(at, at + words.length());
        return new Quote(n, QuoteKind.DIRECT, span, null, null, null, 0.9, ReviewStatus.ACCEPTED, stances, null,
                "tester", TextSelector.of(text, span));
    }

    /** The stance ids of quote number {@code n} (1-based) of fixture article {@code article} (0 or 1). */
    public static List<String> stancesOf(ProjectSession s, int article, int n) {
        String id = articles().get(article).id();
        return s.article(id).orElseThrow().quote(id + "-" + n).orElseThrow().stanceIds();
    }
}
