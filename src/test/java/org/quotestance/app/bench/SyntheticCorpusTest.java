package org.quotestance.app.bench;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {
    private final SyntheticCorpus corpus = new SyntheticCorpus(42);
    private final List<Article> sample = IntStream.range(0, 200).mapToObj(corpus::article).toList();

    @Test
    void articlesAreReproducibleAndFourToSixKilobytes() {
        assertThat(new SyntheticCorpus(42).article(17)).isEqualTo(corpus.article(17));
        assertThat(sample).allSatisfy(a -> assertThat(a.text().length()).isBetween(4_000, 6_600));
        assertThat(sample).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(sample).allSatisfy(a -> {
            assertThat(a.meta().title()).isNotBlank();
            assertThat(a.meta().outlet()).isNotBlank();
            assertThat(a.meta().published()).isBetween(corpus.firstDay(), corpus.firstDay().plusDays(corpus.days()));
        });
    }

    @Test
    void quotesSitInTheTextInRealShapesWithKnownSpeakers() {
        double perArticle = sample.stream().mapToInt(a -> a.quotes().size()).average().orElseThrow();
        assertThat(perArticle).isBetween(8.0, 14.0);
        for (Article a : sample) {
            for (Quote q : a.quotes()) {
                String words = q.text(a.text());
                assertThat(words).isNotBlank().doesNotContain("“").doesNotContain("\n");
                assertThat(a.speaker(q.speakerId())).as("speaker of %s", q.id()).isPresent();
                assertThat(q.selector().exact()).isEqualTo(words);
            }
        }
        String all = String.join("\n", sample.stream().map(Article::text).toList());
        assertThat(all).contains(" said.").contains(" said: “").contains(" told ").contains("said that ")
                .contains("a senior ").contains(" wrote on X that ").contains("\"");
    }

    @Test
    void aboutAThirdOfQuotesCarryStancesFromTheCodebook() {
        Set<String> codebook = new HashSet<>();
        corpus.stances().forEach(s -> codebook.add(s.id()));
        assertThat(codebook).hasSize(30);
        List<Quote> quotes = sample.stream().flatMap(a -> a.quotes().stream()).toList();
        double tagged = quotes.stream().filter(q -> !q.stanceIds().isEmpty()).count() / (double) quotes.size();
        assertThat(tagged).isBetween(0.25, 0.42);
        assertThat(quotes).allSatisfy(q -> assertThat(codebook).containsAll(q.stanceIds()));
    }

    @Test
    void wordsSpeakersAndOutletsFollowAZipfSpreadWithALongTail() {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> speakers = new HashMap<>();
        Map<String, Integer> outlets = new HashMap<>();
        for (Article a : sample) {
            for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                words.merge(w, 1, Integer::sum);
            }
            a.quotes().forEach(q -> speakers.merge(q.speakerId(), 1, Integer::sum));
            outlets.merge(a.meta().outlet(), 1, Integer::sum);
        }
        List<Integer> byFrequency = words.values().stream().sorted((x, y) -> y - x).toList();
        assertThat(words).hasSizeGreaterThan(10_000);
        // Zipf: the 10th most frequent word is about ten times rarer than the first, the 100th a hundred times.
        assertThat((double) byFrequency.get(0) / byFrequency.get(9)).isBetween(3.0, 30.0);
        assertThat((double) byFrequency.get(0) / byFrequency.get(99)).isBetween(20.0, 400.0);
        assertThat(words.values().stream().filter(c -> c == 1).count()).isGreaterThan(words.size() / 4);
        assertThat(speakers.size()).isGreaterThan(200);
        assertThat(outlets.size()).isGreaterThan(20);
        int topOutlet = outlets.values().stream().max(Integer::compare).orElseThrow();
        assertThat(topOutlet).isGreaterThan(4 * 200 / outlets.size());
    }
}
