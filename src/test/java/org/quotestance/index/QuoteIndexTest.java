package org.quotestance.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteIndexTest {
    @TempDir
    Path dir;
    private QuoteIndex index;

    @BeforeEach
    void fill() {
        index = QuoteIndex.open(dir.resolve("index"));
        index.setVocabulary(QuoteFixtures.vocabulary());
        QuoteFixtures.all().forEach(a -> index.upsert(a, "stamp-" + a.id()));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** Short names for the fixture quotes: "1.1" is the first quote of a1. */
    private static String shortId(String quoteId) {
        return quoteId.charAt(1) + "." + quoteId.substring(quoteId.indexOf("-q") + 2);
    }

    private List<String> find(String query) {
        return index.search(new QuoteQuery(query, QuoteQuery.Order.DATE, 0, 100, false, 20)).hits().stream()
                .map(h -> shortId(h.quoteId())).toList();
    }

    private String findSorted(String query) {
        return find(query).stream().sorted().collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // words are stemmed: troop, troops and Troops are one word
            "troop | 1.1 2.1 2.2",
            "TROOPS | 1.1 2.1 2.2",
            // a phrase in quotation marks matches exactly, not stemmed
            "'\"American troops\"' | 1.1",
            "'\"American troop\"' | ''",
            "'\"troop commitments\"' | 2.2",
            "'“no soldiers will be deployed”' | 2.2",
            "negotiate | 1.2 1.3 3.1",
            "'\"negotiations collapsed\"' | 3.1",
            // words next to each other must all match
            "leverage economic | 2.3",
            "leverag* | 1.3 2.3 3.2",
            "lev?rage | 1.3 2.3 3.2",
            "the | ''",
            // speakers: canonical name, alias, any case, anonymous sources by their description
            "speaker:ellison | 1.1 1.2 2.2",
            "SPEAKER:\"margaret ELLISON\" | 1.1 1.2 2.2",
            "Speaker:\"Secretary Ellison\" | 1.1 1.2 2.2",
            "speaker:margaret-ellison | 1.1 1.2 2.2",
            "'speaker:\"a senior European diplomat\"' | 2.1",
            "speaker:ell* | 1.1 1.2 2.2",
            "speaker:nobody | ''",
            // stances by name (any case), by id, by wildcard over names
            "'stance:\"no u.s. troops in ukraine\"' | 1.1 2.1 2.2",
            "stance:st-nato | 1.2",
            "stance:*military* | 2.3",
            "'stance:\"No such stance\"' | ''",
            "'outlet:\"capital wire\"' | 2.1 2.2 2.3",
            "outlet:northern* | 1.1 1.2 1.3 3.1 3.2",
            "kind:partial | 1.2",
            "kind:HEADLINE | 3.1",
            "status:accepted | 1.1 2.2",
            "annotator:dana | 1.1 2.2",
            "annotator:auto | 1.2 1.3 2.1 2.3 3.1 3.2 4.1",
            "article:a3cc000000000003 | 3.1 3.2",
            "id:a2bb000000000002-q3 | 2.3",
            // dates: a month, a year, a day, ranges with open ends and months as ends
            "published:2025-02 | 1.1 1.2 1.3",
            "published:2025 | 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2",
            "published:2025-03-02 | 2.1 2.2 2.3",
            "'published:[2025-01-01 TO 2025-02-28]' | 1.1 1.2 1.3 3.1 3.2",
            "'published:[2025-03-01 TO *]' | 2.1 2.2 2.3",
            "'published:[2025-01 TO 2025-02]' | 1.1 1.2 1.3 3.1 3.2",
            "'published:{2025-01-20 TO 2025-03-02}' | 1.1 1.2 1.3",
            // boolean logic and grouping
            "troop AND NOT speaker:ellison | 2.1",
            "troop -speaker:ellison | 2.1",
            "'speaker:reyes OR stance:\"No U.S. troops in Ukraine\"' | 1.1 1.3 2.1 2.2 2.3 3.1 3.2",
            "(leverage OR negotiations) speaker:reyes | 1.3 2.3 3.1 3.2",
            "speaker:(ellison OR reyes) published:2025-03 | 2.2 2.3",
            "NOT published:2025 | 4.1",
            "'troop || agreed' | 1.1 2.1 2.2 4.1",
            "'' | 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1",
    })
    void queryLanguage(String query, String expected) {
        assertThat(findSorted(query)).isEqualTo(expected);
    }

    @Test
    void factsCountEveryMatchExactly() {
        QuoteResults all = index.search(QuoteQuery.of(""));
        assertThat(all.total()).isEqualTo(9);
        Map<String, List<FacetValue>> f = all.facets();
        assertThat(counts(f, "speaker")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Tomas Reyes", 4, "Margaret Ellison", 3, "a senior European diplomat", 1));
        assertThat(counts(f, "stance")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "No U.S. troops in Ukraine", 3, "NATO membership for Ukraine unrealistic", 1, "More military aid", 1));
        assertThat(f.get("stance")).extracting(FacetValue::value).contains(QuoteFixtures.TROOPS);
        assertThat(counts(f, "outlet")).containsExactlyInAnyOrderEntriesOf(Map.of("Northern Ledger", 5, "Capital Wire", 3));
        assertThat(counts(f, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("direct", 7, "partial", 1, "headline", 1));
        assertThat(counts(f, "status")).containsExactlyInAnyOrderEntriesOf(Map.of("suggested", 7, "accepted", 2));
        assertThat(f.get("month")).extracting(FacetValue::label).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(counts(f, "month")).containsExactlyInAnyOrderEntriesOf(Map.of("2025-01", 2, "2025-02", 3, "2025-03", 3));

        QuoteResults troop = index.search(new QuoteQuery("troop", QuoteQuery.Order.RELEVANCE, 0, 1, true, 20));
        assertThat(troop.total()).isEqualTo(3);
        assertThat(troop.hits()).hasSize(1);
        assertThat(counts(troop.facets(), "speaker")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Margaret Ellison", 2, "a senior European diplomat", 1));
        assertThat(counts(troop.facets(), "month")).containsExactlyInAnyOrderEntriesOf(Map.of("2025-02", 1, "2025-03", 2));
    }

    private static Map<String, Integer> counts(Map<String, List<FacetValue>> f, String dim) {
        return f.get(dim).stream().collect(Collectors.toMap(FacetValue::label, FacetValue::count));
    }

    @Test
    void sortsByDateNewestFirstInTextOrderAndPages() {
        assertThat(find("")).containsExactly("2.1", "2.2", "2.3", "1.1", "1.2", "1.3", "3.1", "3.2", "4.1");
        QuoteResults page = index.search(new QuoteQuery("", QuoteQuery.Order.DATE, 2, 3, false, 20));
        assertThat(page.total()).isEqualTo(9);
        assertThat(page.hits()).extracting(h -> shortId(h.quoteId())).containsExactly("2.3", "1.1", "1.2");
        QuoteResults beyond = index.search(new QuoteQuery("", QuoteQuery.Order.DATE, 50, 10, false, 20));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(9);
    }

    @Test
    void relevanceRanksTheBetterMatchFirst() {
        QuoteResults r = index.search(new QuoteQuery("leverage economic OR leverage", QuoteQuery.Order.RELEVANCE, 0, 10, false, 20));
        assertThat(r.hits()).isNotEmpty();
        assertThat(shortId(r.hits().get(0).quoteId())).isEqualTo("2.3");
    }

    @Test
    void hitsCarryArticleTitleDateSpeakerAndAHighlightedSnippet() {
        QuoteHit h = index.search(QuoteQuery.of("speaker:reyes economic")).hits().get(0);
        assertThat(h.articleTitle()).isEqualTo("Allies split over deployment");
        assertThat(h.published()).hasToString("2025-03-02");
        assertThat(h.speaker()).isEqualTo("Tomas Reyes");
        assertThat(h.outlet()).isEqualTo("Capital Wire");
        assertThat(h.stanceNames()).containsExactly("More military aid");
        Article a2 = QuoteFixtures.a2();
        assertThat(h.span().of(a2.text())).isEqualTo(h.text()).isEqualTo("the leverage we have is economic, not military.");
        assertThat(h.snippet().text()).isEqualTo(h.text());
        assertThat(h.snippet().marks()).extracting(s -> s.of(h.snippet().text())).containsExactly("economic");
    }

    @Test
    void phrasesAndWildcardsAreHighlightedToo() {
        QuoteHit phrase = index.search(QuoteQuery.of("\"American troops\"")).hits().get(0);
        assertThat(phrase.snippet().marks()).extracting(s -> s.of(phrase.snippet().text()))
                .containsExactly("American troops");
        QuoteHit wildcard = index.search(QuoteQuery.of("leverag* speaker:reyes published:2025-03")).hits().get(0);
        assertThat(wildcard.snippet().marks()).extracting(s -> s.of(wildcard.snippet().text())).containsExactly("leverage");
        QuoteHit none = index.search(QuoteQuery.of("speaker:*diplomat")).hits().get(0);
        assertThat(none.snippet().marks()).isEmpty();
        assertThat(none.snippet().text()).isEqualTo("Troops are not the answer,");
    }

    @Test
    void longQuotesGiveASnippetAroundTheMatch() {
        String filler = "The committee met for hours and discussed budgets, schedules and procedures at length. ";
        String words = filler.repeat(6) + "Then the chair spoke of leverage in plain words. " + filler.repeat(6);
        Article longOne = QuoteFixtures.article("a5ee000000000005", "Long", "Capital Wire", null,
                "\"" + words + "\" the chair said.", List.of(), QuoteFixtures.Q.of(words, null));
        index.upsert(longOne, "s");
        QuoteHit h = index.search(QuoteQuery.of("leverage article:a5ee000000000005")).hits().get(0);
        assertThat(h.snippet().text()).startsWith("…").endsWith("…").contains("leverage").hasSizeLessThan(400);
        assertThat(h.snippet().marks()).extracting(s -> s.of(h.snippet().text())).containsExactly("leverage");
    }

    @Test
    void moreLikeThisFindsSimilarQuotesButNotTheQuoteItself() {
        String q11 = QuoteFixtures.a1().quotes().get(0).id();
        List<QuoteHit> similar = index.moreLikeThis(q11, 5);
        assertThat(similar).extracting(QuoteHit::quoteId).doesNotContain(q11);
        assertThat(similar).extracting(h -> shortId(h.quoteId())).contains("2.1", "2.2");
        assertThat(index.moreLikeThis("no-such-quote", 5)).isEmpty();
    }

    @Test
    void reSavingAnArticleReplacesItsQuotesWithoutDuplicates() {
        Article a1 = QuoteFixtures.a1();
        index.upsert(a1, "again");
        index.upsert(a1, "and again");
        assertThat(index.quoteCount()).isEqualTo(9);
        assertThat(find("speaker:ellison")).containsExactlyInAnyOrder("1.1", "1.2", "2.2");

        List<Quote> fewer = a1.quotes().stream().filter(q -> !q.id().endsWith("-q2")).toList();
        index.upsert(a1.withQuotes(fewer), "edited");
        assertThat(find("nato")).isEmpty();
        assertThat(find("id:" + a1.id() + "-q2")).isEmpty();
        assertThat(index.quoteCount()).isEqualTo(8);
        assertThat(index.articleStamps()).containsEntry(a1.id(), "edited").hasSize(4);
    }

    @Test
    void deletedArticlesLeaveNoQuotesBehind() {
        index.delete(QuoteFixtures.a2().id());
        assertThat(find("troop")).containsExactly("1.1");
        assertThat(index.articleStamps()).doesNotContainKey(QuoteFixtures.a2().id());
        QuoteResults r = index.search(QuoteQuery.of(""));
        assertThat(counts(r.facets(), "outlet")).doesNotContainKey("Capital Wire");
    }

    @Test
    void renamingAStanceInTheCodebookNeedsNoReindex() {
        var renamed = new org.quotestance.model.Codebook(List.of(new org.quotestance.model.Topic("t", "T", null,
                List.of(new org.quotestance.model.Stance(QuoteFixtures.TROOPS, "Keep troops home", null, null, null)),
                List.of())));
        index.setVocabulary(new ProjectVocabulary(renamed, QuoteFixtures.registry()));
        assertThat(findSorted("stance:\"keep troops home\"")).isEqualTo("1.1 2.1 2.2");
        assertThat(index.search(QuoteQuery.of("troop")).facets().get("stance"))
                .extracting(FacetValue::label).containsExactly("Keep troops home");
    }

    @Test
    void anEmptyIndexAnswersWithNothing() {
        index.deleteAll();
        QuoteResults r = index.search(QuoteQuery.of("troop"));
        assertThat(r.total()).isZero();
        assertThat(r.facets().values()).allMatch(List::isEmpty);
        assertThat(Arrays.asList(IndexSchema.FACET_DIMS.toArray())).allMatch(r.facets()::containsKey);
    }

    @Test
    void stanceUseCountsTheQuotesAndArticlesThatCarryAnyOfTheStancesAsTheFilesDo() {
        for (List<String> stances : List.of(List.of(QuoteFixtures.TROOPS), List.of(QuoteFixtures.NATO, QuoteFixtures.AID),
                List.of("st-unknown"))) {
            long quotes = QuoteFixtures.all().stream().flatMap(a -> a.quotes().stream())
                    .filter(q -> q.stanceIds().stream().anyMatch(stances::contains)).count();
            Set<String> articles = QuoteFixtures.all().stream()
                    .filter(a -> a.quotes().stream().anyMatch(q -> q.stanceIds().stream().anyMatch(stances::contains)))
                    .map(Article::id).collect(Collectors.toSet());
            StanceUse use = index.stanceUse(stances);
            assertThat(use.quotes()).as("%s", stances).isEqualTo(quotes);
            assertThat(use.articleIds()).as("%s", stances).isEqualTo(articles);
        }
        assertThat(index.stanceUse(List.of(QuoteFixtures.TROOPS)).quotes()).isPositive();

        Article a1 = QuoteFixtures.all().get(0);
        index.upsert(a1.withQuotes(a1.quotes().stream().map(q -> q.withStances(List.of())).toList()), "untagged");
        assertThat(index.stanceUse(List.of(QuoteFixtures.TROOPS, QuoteFixtures.NATO, QuoteFixtures.AID)).articleIds())
                .doesNotContain(a1.id());
    }
}
