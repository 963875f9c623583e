package org.quotestance.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonArticleReaderTest {
    private final JsonArticleReader json = new JsonArticleReader(false, NewsLayout.standard());
    private final JsonArticleReader jsonl = new JsonArticleReader(true, NewsLayout.standard());

    @Test
    void anArrayWithCommonFieldNamesAndAnItemWithoutText() throws IngestException {
        ReadOutcome r = json.read(Fixtures.text("export.json"));
        assertThat(r.articles()).hasSize(2);
        ArticleDraft first = r.articles().get(0);
        assertThat(first.meta().title()).isEqualTo("Brenk says talks continue");
        assertThat(first.meta().outlet()).isEqualTo("Wire Desk");
        assertThat(first.meta().byline()).isEqualTo("Mara Koval, Ivo Lenz");
        assertThat(first.meta().published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(first.meta().url()).isEqualTo("https://example.org/a");
        assertThat(first.text()).isEqualTo("Brenk says talks continue\n\nVeldria's foreign minister said talks continue.\n\n"
                + "“We are at the table,” he said.");
        ArticleDraft second = r.articles().get(1);
        assertThat(second.meta().outlet()).isEqualTo("Lisnow Herald");
        assertThat(second.meta().byline()).isEqualTo("Pavla Dunn");
        assertThat(second.meta().published()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(second.text()).isEqualTo("Curfew extended\n\nThe council voted.\n\n“Provocations,” Ruzic said.");
        assertThat(r.problems()).containsExactly(new ReadOutcome.ItemProblem("item 3",
                "no article text (expected a field named text, body, content or article)"));
    }

    @Test
    void oneObjectAndAWrappedArray() throws IngestException {
        assertThat(json.read("{\"headline\": \"H\", \"article\": \"Body.\"}").articles()).singleElement()
                .extracting(ArticleDraft::text).isEqualTo("H\n\nBody.");
        assertThat(json.read("{\"status\": \"ok\", \"articles\": [{\"title\": \"A\", \"text\": \"x\"}, {\"title\": \"B\", \"text\": \"y\"}]}")
                .articles()).hasSize(2);
    }

    @Test
    void jsonLinesKeepTheGoodLinesAndNameTheBadOne() throws IngestException {
        ReadOutcome r = jsonl.read(Fixtures.text("export.jsonl"));
        assertThat(r.articles()).extracting(a -> a.meta().title()).containsExactly("First line story", "Third line story");
        assertThat(r.articles().get(1).meta().published()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 2");
            assertThat(p.reason()).startsWith("malformed JSON at column");
        });
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> json.read("{\n  \"title\": \"A\",\n  \"text\": \"B\"\n  \"date\": 1\n}"))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("malformed JSON at line 4, column 3");
        assertThatThrownBy(() -> json.read("[1, 2]")).hasMessageContaining("no articles");
        assertThatThrownBy(() -> json.read("\"just a string\"")).hasMessageStartingWith("expected a JSON object");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "a", "a\nb", "a\r\nb\rc\n", "\n\n", "a\r\n\r\nb", "\r", "x\n\r"})
    void jsonLinesSplitAtEveryKindOfLineEndAsTheRegularExpressionDid(String text) {
        assertThat(JsonArticleReader.lines(text)).containsExactly(text.split("\r\n|\r|\n", -1));
    }
}
