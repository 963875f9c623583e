package org.quotestance.app.bench;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerIds;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import org.quotestance.model.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A reproducible synthetic news corpus for benchmarks: articles of 4–6 KB in the shapes of real
 * copy (“…,” X said. / X said: “…” / “…,” a senior official said / X said that …), a Zipf spread of
 * words, speakers and outlets, dates over three years, a codebook of 30 stances and stance tags
 * on about a third of the quotes. Article {@code i} depends only on the seed and {@code i}, so
 * articles can be made in any order and on any thread.
 */
public final class SyntheticCorpus {
    private static final String[] FIRST = {"Anna", "Marek", "Lena", "Tomas", "Grace", "Ivan", "Sofia", "Daniel",
            "Helen", "Omar", "Julia", "Pavel", "Maria", "Lukas", "Nora", "Samuel", "Irene", "Viktor", "Clara", "Felix",
            "Ruth", "Jonas", "Alina", "Pieter", "Marta", "Oskar", "Leila", "Tobias", "Eva", "Mikhail", "Hanna",
            "Rafael", "Ingrid", "Yusuf", "Camille", "Anders", "Beatriz", "Stefan", "Olga", "Matteo", "Zofia", "Karim",
            "Elena", "Hugo", "Dana", "Teodor", "Amira", "Emil", "Vera", "Nikolai"};
    private static final String[] LAST = {"Ellison", "Reyes", "Kowalski", "Haddad", "Lindqvist", "Moreau", "Brandt",
            "Novak", "Okafor", "Petrov", "Castillo", "Weber", "Sato", "Horvath", "Fischer", "Dimitrov", "Andersen",
            "Rossi", "Kovacs", "Nakamura", "Schmidt", "Varga", "Larsen", "Costa", "Mendes", "Ivanova", "Bauer",
            "Marin", "Popescu", "Jansen", "Keller", "Santos", "Virtanen", "Wojcik", "Hansen", "Duarte", "Kral",
            "Ferrari", "Nilsen", "Tanaka", "Sokolov", "Berg", "Lopez", "Ahmadi", "Quinn", "Garber", "Holt",
            "Mercer", "Ashby", "Thorne"};
    private static final String[] ROLES = {"Secretary of State", "Defense Secretary", "Senator", "Prime Minister",
            "Foreign Minister", "Representative", "Governor", "Mayor", "Ambassador", "General", "spokeswoman",
            "spokesman", "Finance Minister", "President", "Chancellor", "Commissioner", "analyst", "economist"};
    private static final String[] ORGS = {"European", "Western", "U.S.", "NATO", "Ukrainian", "German", "French",
            "Polish", "administration", "defense", "intelligence", "diplomatic", "congressional", "military"};
    private static final String[] ANALYSTS = {"dana", "marek", "sofia", "lukas", "ines"};
    private static final String[] TOPICS = {"Ukraine", "NATO", "Trade", "Energy", "Migration"};
    private static final String[][] STANCES = {
            {"No U.S. troops in Ukraine", "More military aid", "Ceasefire now", "Territory for peace", "Security guarantees first", "Sanctions must stay"},
            {"NATO membership for Ukraine unrealistic", "Allies must spend more", "Alliance is strong", "Europe must defend itself", "Enlargement is right", "NATO is obsolete"},
            {"Tariffs protect jobs", "Tariffs hurt consumers", "Free trade deal wanted", "China is the threat", "Supply chains home", "Trade war ahead"},
            {"Gas prices too high", "Nuclear is needed", "Renewables first", "Energy independence", "Grid needs investment", "Cap energy prices"},
            {"Border must be secured", "Asylum rights matter", "Labour migration needed", "Deportations wrong", "Quotas for Europe", "Integration works"}};

    private final long seed;
    private final NewsVocabulary words;
    private final ZipfSampler<Speaker> speakers;
    private final ZipfSampler<String> outlets;
    private final ZipfSampler<Stance> stances;
    private final Codebook codebook;
    private final List<Speaker> registry;
    private final LocalDate firstDay = LocalDate.of(2023, 1, 1);
    private final int days = 3 * 365;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        this.words = new NewsVocabulary(seed, 40_000);
        Random r = new Random(seed ^ 0x5EED);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < 2_000) {
            names.add(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]
                    + (r.nextInt(4) == 0 ? "-" + LAST[r.nextInt(LAST.length)] : ""));
        }
        List<Speaker> people = new ArrayList<>();
        for (String n : names) {
            String last = n.substring(n.indexOf(' ') + 1);
            people.add(new Speaker(SpeakerIds.forName(n), n, SpeakerType.PERSON, List.of(ROLES[r.nextInt(ROLES.length)]),
                    null, List.of(last)));
        }
        this.registry = List.copyOf(people);
        this.speakers = new ZipfSampler<>(people, 0.9);
        List<String> outletNames = new ArrayList<>();
        String[] a = {"Northern", "Capital", "Daily", "Evening", "Morning", "Coastal", "National", "Global", "Metro", "Valley"};
        String[] b = {"Ledger", "Wire", "Herald", "Courier", "Post", "Observer", "Tribune", "Chronicle"};
        for (String x : a) {
            for (String y : b) {
                outletNames.add(x + " " + y);
            }
        }
        java.util.Collections.shuffle(outletNames, new Random(seed));
        this.outlets = new ZipfSampler<>(outletNames, 1.1);
        List<Topic> topics = new ArrayList<>();
        List<Stance> all = new ArrayList<>();
        for (int t = 0; t < TOPICS.length; t++) {
            List<Stance> ss = new ArrayList<>();
            for (int s = 0; s < STANCES[t].length; s++) {
                Stance st = new Stance("st-" + t + "-" + s, STANCES[t][s], null, "#888888", null);
                ss.add(st);
                all.add(st);
            }
            topics.add(new Topic("t-" + t, TOPICS[t], null, ss, List.of()));
        }
        this.codebook = new Codebook(topics);
        java.util.Collections.shuffle(all, new Random(seed + 1));
        this.stances = new ZipfSampler<>(all, 1.0);
    }

    public Codebook codebook() {
        return codebook;
    }

    public SpeakerRegistry registry() {
        return new SpeakerRegistry(registry);
    }

    /** A speaker's name by popularity rank (0 = quoted most often). */
    public String speakerByRank(int rank) {
        return speakers.byRank(rank).name();
    }

    public String outletByRank(int rank) {
        return outlets.byRank(rank);
    }

    public List<Stance> stances() {
        return codebook.allStances();
    }

    /** A content word by frequency rank (0 = the most frequent). */
    public String wordByRank(int rank) {
        return words.contentByRank(rank);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public int days() {
        return days;
    }

    /** Article {@code i}: text, metadata and the quotes it holds, with speakers and stance tags. */
    public Article article(long i) {
        Random r = new Random(seed * 1_000_003L + i);
        List<Speaker> cast = new ArrayList<>();
        int castSize = 2 + r.nextInt(4);
        while (cast.size() < castSize) {
            Speaker s = speakers.next(r);
            if (!cast.contains(s)) {
                cast.add(s);
            }
        }
        String outlet = outlets.next(r);
        StringBuilder text = new StringBuilder();
        List<PlacedQuote> placed = new ArrayList<>();
        boolean[] introduced = new boolean[cast.size()];
        int target = 4_000 + r.nextInt(2_000);
        text.append(capitalise(sentence(r, 18, 30))).append(". ").append(capitalise(sentence(r, 12, 24))).append('.');
        while (text.length() < target) {
            text.append("\n\n");
            if (r.nextDouble() < 0.55) {
                int who = r.nextInt(cast.size());
                quoteParagraph(r, text, cast.get(who), !introduced[who], outlet, placed);
                introduced[who] = true;
            } else {
                text.append(capitalise(sentence(r, 15, 32))).append(". ").append(capitalise(sentence(r, 10, 26)))
                        .append('.');
            }
        }
        String body = text.toString();
        String id = ArticleIds.of(body);
        List<Quote> quotes = new ArrayList<>();
        int n = 0;
        for (PlacedQuote p : placed) {
            Span span = new Span(p.start, p.end);
            List<String> tags = new ArrayList<>();
            double dice = r.nextDouble();
            if (dice < 0.33) {
                tags.add(stances.next(r).id());
                if (dice < 0.05) {
                    String second = stances.next(r).id();
                    if (!tags.contains(second)) {
                        tags.add(second);
                    }
                }
            }
            double review = r.nextDouble();
            ReviewStatus status = review < 0.22 ? ReviewStatus.ACCEPTED : review < 0.30 ? ReviewStatus.REJECTED
                    : ReviewStatus.SUGGESTED;
            String annotator = status == ReviewStatus.SUGGESTED ? Quote.AUTO : ANALYSTS[r.nextInt(ANALYSTS.length)];
            quotes.add(new Quote(id + "-q" + (++n), p.kind, span, null, null, p.speakerId, 0.6 + 0.4 * r.nextDouble(),
                    status, tags, null, annotator, TextSelector.of(body, span)));
        }
        String title = capitalise(sentence(r, 6, 11));
        LocalDate published = firstDay.plusDays(r.nextInt(days));
        ArticleMeta meta = new ArticleMeta(title, outlet, null, published, null, null, "synthetic-" + i, "json", null);
        List<Speaker> named = cast.stream().filter(s -> placed.stream().anyMatch(p -> s.id().equals(p.speakerId))).toList();
        List<Speaker> articleSpeakers = new ArrayList<>(named);
        placed.stream().filter(p -> p.anonymous != null).forEach(p -> articleSpeakers.add(p.anonymous));
        return new Article(id, meta, body, quotes, articleSpeakers, 1);
    }

    private record PlacedQuote(int start, int end, String speakerId, QuoteKind kind, Speaker anonymous) {
    }

    private void quoteParagraph(Random r, StringBuilder text, Speaker s, boolean firstMention, String outlet,
                                List<PlacedQuote> placed) {
        String full = firstMention ? s.role() + " " + s.name() : s.name();
        String last = s.aliases().get(0);
        boolean curly = r.nextDouble() < 0.8;
        String open = curly ? "“" : "\"";
        String close = curly ? "”" : "\"";
        String q = capitalise(sentence(r, 8, 28));
        int shape = r.nextInt(10);
        switch (shape) {
            case 0, 1, 2 -> {
                text.append(open);
                place(text, q, s.id(), QuoteKind.DIRECT, null, placed);
                text.append(",").append(close).append(' ').append(firstMention ? full : last).append(" said.");
            }
            case 3 -> {
                text.append(open);
                place(text, q, s.id(), QuoteKind.DIRECT, null, placed);
                text.append(",").append(close).append(" said ").append(full).append('.');
            }
            case 4 -> {
                text.append(full).append(" said: ").append(open);
                place(text, q, s.id(), QuoteKind.DIRECT, null, placed);
                text.append('.').append(close);
            }
            case 5 -> {
                text.append(open);
                place(text, q + ". " + capitalise(sentence(r, 6, 18)), s.id(), QuoteKind.DIRECT, null, placed);
                text.append(",").append(close).append(' ').append(last).append(" told ").append(outlet).append('.');
            }
            case 6 -> {
                text.append(open);
                place(text, q, s.id(), QuoteKind.DIRECT, null, placed);
                text.append(",").append(close).append(' ').append(last).append(" added, ").append(sentence(r, 5, 12))
                        .append('.');
            }
            case 7 -> {
                text.append(full).append(" said that ");
                place(text, sentence(r, 8, 20), s.id(), QuoteKind.INDIRECT, null, placed);
                text.append('.');
            }
            case 8 -> {
                String who = "a senior " + ORGS[r.nextInt(ORGS.length)] + " official";
                Speaker anon = new Speaker("anon-" + placed.size(), who, SpeakerType.ANONYMOUS, List.of(), null, List.of());
                text.append(open);
                place(text, q, anon.id(), QuoteKind.DIRECT, anon, placed);
                text.append(",").append(close).append(' ').append(who)
                        .append(" said, speaking on condition of anonymity.");
            }
            default -> {
                text.append(capitalise(sentence(r, 6, 14))).append(", ").append(full).append(" wrote on X that ").append(open);
                place(text, sentence(r, 6, 16), s.id(), QuoteKind.PARTIAL, null, placed);
                text.append(close).append('.');
            }
        }
    }

    private static void place(StringBuilder text, String quote, String speakerId, QuoteKind kind, Speaker anonymous,
                              List<PlacedQuote> placed) {
        int start = text.length();
        text.append(quote);
        placed.add(new PlacedQuote(start, text.length(), speakerId, kind, anonymous));
    }

    private String sentence(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(i > 3 && r.nextInt(9) == 0 ? ", " : " ");
            }
            b.append(words.next(r));
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
