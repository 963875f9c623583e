package org.quotestance.ui.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCompletionTest {
    private final QueryCompletion c = new QueryCompletion(Map.of(
            "speaker", List.of("Ana Sorel", "Rob Calder", "Anand Rao"),
            "stance", List.of("No U.S. troops in Ukraine", "War must end", "Stop the war now"),
            "kind", List.of("direct", "partial", "indirect", "headline")));

    private static List<String> texts(List<QueryCompletion.Suggestion> s) {
        return s.stream().map(QueryCompletion.Suggestion::text).toList();
    }

    @Test
    void completesSpeakerNamesAfterTheField() {
        List<QueryCompletion.Suggestion> s = c.suggest("troops speaker:an", 17);
        assertThat(texts(s)).containsExactly("troops speaker:\"Ana Sorel\" ", "troops speaker:\"Anand Rao\" ");
        assertThat(s.get(0).caret()).isEqualTo(s.get(0).text().length());
        assertThat(texts(c.suggest("speaker:\"rob", 12))).containsExactly("speaker:\"Rob Calder\" ");
        assertThat(texts(c.suggest("SPEAKER:cal", 11))).containsExactly("speaker:\"Rob Calder\" ");
    }

    @Test
    void completesStancesByAnyWordAndKeepsTheRestOfTheQuery() {
        String text = "stance:war troops";
        assertThat(texts(c.suggest(text, 10))).containsExactly("stance:\"War must end\" troops",
                "stance:\"Stop the war now\" troops");
        // names starting with the word first, then names with a later word ("now") starting with it
        assertThat(texts(c.suggest("-stance:no", 10))).containsExactly("-stance:\"No U.S. troops in Ukraine\" ",
                "-stance:\"Stop the war now\" ");
        assertThat(texts(c.suggest("kind:pa", 7))).containsExactly("kind:partial ");
    }

    @Test
    void aBareWordOffersFieldsAndNames() {
        List<QueryCompletion.Suggestion> s = c.suggest("(sp", 3);
        assertThat(texts(s)).containsExactly("(speaker:");
        assertThat(s.get(0).caret()).isEqualTo(9);
        assertThat(texts(c.suggest("soldiers cal", 12))).containsExactly("soldiers speaker:\"Rob Calder\" ");
        assertThat(texts(c.suggest("st", 2))).startsWith("stance:", "status:").contains("stance:\"Stop the war now\" ");
    }

    @Test
    void nothingInsidePhrasesOrForOperatorsOrUnknownFields() {
        assertThat(c.suggest("\"war mu", 7)).isEmpty();
        assertThat(c.suggest("troops OR", 9)).isEmpty();
        assertThat(c.suggest("annotator:x", 11)).isEmpty();
        assertThat(c.suggest("", 0)).isEmpty();
        assertThat(c.suggest("x", 5)).isEmpty();
    }

    @Test
    void completingInTheMiddleOfAWordReplacesTheWholeWord() {
        assertThat(texts(c.suggest("speaker:Anxx rest", 10))).contains("speaker:\"Ana Sorel\" rest");
    }
}
