package org.quotestance.ui;

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
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import org.quotestance.model.Topic;
import org.quotestance.store.ProjectStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Synthetic stories (fictional people) with the traps of real copy: a partial quote after "She
 * added", a pronoun speaker, an anonymous source, a title + name apposition, curly quotes, a
 * rejected suggestion. Run {@link #main} to write a demo project for screenshots.
 */
public final class DeskFixtures {
    public static final String NATO = "st-nato";
    public static final String TROOPS = "st-troops";
    public static final String SUPPORT = "st-support";
    public static final String TARIFFS = "st-tariffs";

    private DeskFixtures() {
    }

    public static Codebook codebook() {
        Topic ukraine = new Topic("t-ukraine", "Ukraine security", null, List.of(
                new Stance(NATO, "NATO membership unrealistic", "Membership is off the table for now", "#d9534f", "1"),
                new Stance(TROOPS, "No troops on the ground", "No combat troops will be sent", "#0969da", "2"),
                new Stance(SUPPORT, "Support continues", "Aid goes on", "#2da44e", "3")), List.of());
        Topic trade = new Topic("t-trade", "Trade", null, List.of(
                new Stance(TARIFFS, "Tariffs hurt consumers", null, "#bf8700", "4")), List.of());
        return new Codebook(List.of(ukraine, trade));
    }

    public static final String SOREL_TEXT = """
            Sorel rules out troops, calls membership talk ‘not realistic’

            BRUSSELS — Defence Minister Ana Sorel said on Wednesday that the alliance would not send combat troops. “We will not put soldiers on the ground in that war,” Sorel told reporters after the meeting.

            She added that membership talks were “not realistic this decade.”

            “Our support continues, and it will continue as long as it takes,” said Deputy Minister Tomas Reyk, who leads the procurement office. He called the tariff plan “a tax on our own shoppers.”

            A senior official, who asked not to be named, said the plan “has no friends in this building.”

            The ministers meet again in March.
            """;

    public static Article sorel() {
        String t = SOREL_TEXT;
        String id = ArticleIds.of(t);
        Speaker sorel = new Speaker("ana-sorel", "Ana Sorel", SpeakerType.PERSON, List.of("Defence Minister"), null, List.of("Sorel"));
        Speaker reyk = new Speaker("tomas-reyk", "Tomas Reyk", SpeakerType.PERSON, List.of("Deputy Minister"), null, List.of("Reyk"));
        Speaker anon = new Speaker(id + "-s3", "A senior official", SpeakerType.ANONYMOUS, List.of(), null, List.of());
        List<Quote> quotes = List.of(
                quote(id + "-q1", t, "We will not put soldiers on the ground in that war", QuoteKind.DIRECT, "told", "Sorel", "ana-sorel",
                        0.93, ReviewStatus.SUGGESTED, List.of()),
                quote(id + "-q2", t, "not realistic this decade.", QuoteKind.PARTIAL, "added", "She", "ana-sorel", 0.71,
                        ReviewStatus.ACCEPTED, List.of(NATO)),
                quote(id + "-q3", t, "Our support continues, and it will continue as long as it takes", QuoteKind.DIRECT, "said",
                        "Deputy Minister Tomas Reyk", "tomas-reyk", 0.88, ReviewStatus.SUGGESTED, List.of()),
                quote(id + "-q4", t, "a tax on our own shoppers.", QuoteKind.PARTIAL, "called", "He", "tomas-reyk", 0.64,
                        ReviewStatus.REJECTED, List.of()),
                quote(id + "-q5", t, "has no friends in this building.", QuoteKind.PARTIAL, "said", "A senior official", id + "-s3",
                        0.52, ReviewStatus.SUGGESTED, List.of()));
        ArticleMeta meta = new ArticleMeta("Sorel rules out troops, calls membership talk ‘not realistic’", "Northern Ledger",
                "Mara Quint", LocalDate.of(2025, 2, 12), null, null, "sorel.txt", "txt", null);
        return new Article(id, meta, t, quotes, List.of(sorel, reyk, anon), 1);
    }

    public static final String PORT_TEXT = """
            Port workers warn of job losses as tariff vote nears

            ROTTERDAM — Dock union leader Femke Alders said the new tariffs would “empty the quays within a year.”

            “Nobody here voted for this,” Alders told a rally on Saturday. Trade Commissioner Jules Marchetti said in a statement that the measures were “temporary and targeted.”
            """;

    public static Article port() {
        String t = PORT_TEXT;
        String id = ArticleIds.of(t);
        Speaker alders = new Speaker("femke-alders", "Femke Alders", SpeakerType.PERSON, List.of("Dock union leader"), null,
                List.of("Alders"));
        Speaker marchetti = new Speaker("jules-marchetti", "Jules Marchetti", SpeakerType.PERSON, List.of("Trade Commissioner"),
                null, List.of());
        List<Quote> quotes = List.of(
                quote(id + "-q1", t, "empty the quays within a year.", QuoteKind.PARTIAL, "said", "Femke Alders", "femke-alders",
                        0.8, ReviewStatus.SUGGESTED, List.of()),
                quote(id + "-q2", t, "Nobody here voted for this", QuoteKind.DIRECT, "told", "Alders", "femke-alders", 0.9,
                        ReviewStatus.ACCEPTED, List.of(TARIFFS)),
                quote(id + "-q3", t, "temporary and targeted.", QuoteKind.PARTIAL, "said", "Jules Marchetti",
                        "jules-marchetti", 0.77, ReviewStatus.SUGGESTED, List.of()));
        ArticleMeta meta = new ArticleMeta("Port workers warn of job losses as tariff vote nears", "Harbour Courier", null,
                LocalDate.of(2025, 3, 2), null, null, "port.html", "html", null);
        return new Article(id, meta, t, quotes, List.of(alders, marchetti), 1);
    }

    public static final String WEATHER_TEXT = """
            Storm closes two bridges

            Two bridges over the river were closed on Monday night as winds reached 110 km/h. Traffic was diverted through the old town.
            """;

    public static Article weather() {
        String t = WEATHER_TEXT;
        return new Article(ArticleIds.of(t), new ArticleMeta("Storm closes two bridges", "Harbour Courier", null,
                LocalDate.of(2025, 1, 20), null, null, "storm.md", "md", null), t, List.of(), List.of(), 1);
    }

    /** A quote whose words, cue and speaker mention are the occurrences nearest to the quoted words. */
    static Quote quote(String id, String text, String words, QuoteKind kind, String cueWords, String mention, String speakerId,
                       double confidence, ReviewStatus status, List<String> stances) {
        int s = text.indexOf(words);
        if (s < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        Span span = new Span(s, s + words.length());
        return new Quote(id, kind, span, near(text, cueWords, s), near(text, mention, s), speakerId, confidence, status, stances,
                null, Quote.AUTO, TextSelector.of(text, span));
    }

    /** The occurrence of {@code words} nearest to {@code around}. */
    private static Span near(String text, String words, int around) {
        int best = -1;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (best < 0 || Math.abs(i - around) < Math.abs(best - around)) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(best, best + words.length());
    }

    /** A long article: {@code paragraphs} paragraphs, each with one suggested quote (about 200 bytes each). */
    public static Article longArticle(int paragraphs) {
        StringBuilder sb = new StringBuilder("A long day of statements\n\n");
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            sb.append("In the ").append(i).append("th statement of the day, Minister Ana Sorel said: “");
            int s = sb.length();
            sb.append("We will review item ").append(i).append(" with our partners and report back");
            spans.add(new int[] {s, sb.length()});
            sb.append(",” and the room moved on to the next item on the long agenda of the evening.\n\n");
        }
        String t = sb.toString();
        String id = ArticleIds.of(t);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span sp = new Span(spans.get(i)[0], spans.get(i)[1]);
            List<String> stances = i % 3 == 0 ? List.of(NATO) : i % 3 == 1 ? List.of(SUPPORT) : List.of();
            quotes.add(new Quote(id + "-q" + (i + 1), QuoteKind.DIRECT, sp, null, null, "ana-sorel", 0.8,
                    i % 2 == 0 ? ReviewStatus.SUGGESTED : ReviewStatus.ACCEPTED, stances, null, Quote.AUTO, null));
        }
        return new Article(id, ArticleMeta.titled("A long day of statements"), t, quotes, List.of(), 1);
    }

    /** Writes a project with the codebook and the three stories; returns its folder. */
    public static Path writeProject(Path dir) {
        try (ProjectStore store = ProjectStore.openOrCreate(dir)) {
            store.saveInfo(new ProjectInfo("Alliance coverage", ProjectInfo.SCHEMA_VERSION, codebook(), Map.of()));
            store.save(sorel());
            store.save(port());
            store.save(weather());
        }
        return dir;
    }

    /** Writes the demo project used for screenshots: {@code DeskFixtures <folder> [--long]}. */
    public static void main(String[] args) {
        Path dir = writeProject(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("--long")) {
            try (ProjectStore store = ProjectStore.openExisting(dir)) {
                store.save(longArticle(1000));
            }
        }
        System.out.println(dir);
    }
}
