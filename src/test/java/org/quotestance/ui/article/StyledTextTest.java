package org.quotestance.ui.article;

import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StyledTextTest {
    private static final String TEXT = "Dock strike ends\n\n“We go back on Monday,” said Rui Amsel.\nTalks resume in May.";

    /** The quote's styles over its characters, nothing elsewhere (line ends included, as QuoteHighlights makes them). */
    private static StyleSpans<Collection<String>> quoteStyled(String text, String quote) {
        int start = text.indexOf(quote);
        return new StyleSpansBuilder<Collection<String>>()
                .add(List.of(), start)
                .add(List.of("qs-quote", "qs-stance-0"), quote.length())
                .add(List.of(), text.length() - start - quote.length())
                .create();
    }

    @Test
    void paragraphsSplitAsTheAreaSplitsThemAndEachCharacterKeepsItsStyle() {
        var doc = StyledText.of(TEXT, quoteStyled(TEXT, "We go back on Monday"), SegmentOps.styledTextOps());

        assertThat(doc.getText()).isEqualTo(TEXT);
        assertThat(doc.getParagraphCount()).isEqualTo(4);
        assertThat(doc.getParagraph(1).length()).isZero();
        int q = TEXT.indexOf("We go");
        assertThat(doc.getStyleOfChar(q)).containsExactly("qs-quote", "qs-stance-0");
        assertThat(doc.getStyleOfChar(q + "We go back on Monday".length() - 1)).containsExactly("qs-quote", "qs-stance-0");
        assertThat(doc.getStyleOfChar(q + "We go back on Monday".length())).isEmpty();
        assertThat(doc.getStyleOfChar(TEXT.indexOf("Talks"))).isEmpty();
    }

    @Test
    void windowsLineEndsMakeOneParagraphBreakEach() {
        String text = "Ferry fares rise\r\n\r\nThe council said “fares must follow fuel.”";
        var doc = StyledText.of(text, quoteStyled(text, "fares must follow fuel."), SegmentOps.styledTextOps());
        assertThat(doc.getParagraphCount()).isEqualTo(3);
        assertThat(doc.getParagraph(2).getText()).isEqualTo("The council said “fares must follow fuel.”");
        assertThat(doc.getParagraph(2).getStyleOfChar("The council said “".length())).containsExactly("qs-quote", "qs-stance-0");
    }

    @Test
    void stylesForAnotherTextAreRefused() {
        assertThatThrownBy(() -> StyledText.of(TEXT, quoteStyled("short text", "text"), SegmentOps.styledTextOps()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("styles for 10 characters");
    }
}
