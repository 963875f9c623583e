package org.quotestance.ui.article;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.StyleClasses;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteHighlightsTest {
    /** The classes on the character at {@code offset}. */
    static Collection<String> classesAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (offset < pos + s.getLength()) {
                return s.getStyle();
            }
            pos += s.getLength();
        }
        throw new IllegalArgumentException("offset past the end: " + offset);
    }

    @Test
    void spansCoverTheWholeTextAndMarkEveryQuoteMentionAndCue() {
        Article a = DeskFixtures.sorel();
        StyleSpans<Collection<String>> spans = QuoteHighlights.build(a, DeskFixtures.codebook(), null);
        assertThat(spans.length()).isEqualTo(a.text().length());
        for (Quote q : a.quotes()) {
            assertThat(classesAt(spans, q.span().start())).contains(StyleClasses.QUOTE);
            assertThat(classesAt(spans, q.span().end() - 1)).contains(StyleClasses.QUOTE);
            assertThat(classesAt(spans, q.speakerSpan().start())).contains(StyleClasses.SPEAKER_MENTION);
            assertThat(classesAt(spans, q.cue().start())).contains(StyleClasses.CUE);
        }
        // Outside every span: no classes at all.
        int plain = a.text().indexOf("Wednesday");
        assertThat(classesAt(spans, plain)).isEmpty();
        assertThat(classesAt(spans, a.text().indexOf("ministers meet"))).isEmpty();
    }

    @Test
    void statusAndStanceDecideTheClasses() {
        Article a = DeskFixtures.sorel();
        StyleSpans<Collection<String>> spans = QuoteHighlights.build(a, DeskFixtures.codebook(), a.quotes().get(0).id());
        Quote suggested = a.quotes().get(0);
        Quote taggedNato = a.quotes().get(1);
        Quote rejected = a.quotes().get(3);
        assertThat(classesAt(spans, suggested.span().start()))
                .contains(StyleClasses.QUOTE_SUGGESTED, StyleClasses.QUOTE_UNTAGGED, StyleClasses.QUOTE_SELECTED);
        assertThat(classesAt(spans, taggedNato.span().start()))
                .contains(StyleClasses.QUOTE_ACCEPTED, StyleClasses.stance(0)).doesNotContain(StyleClasses.QUOTE_SELECTED);
        assertThat(classesAt(spans, rejected.span().start())).contains(StyleClasses.QUOTE_REJECTED);
    }

    @Test
    void aRangeBuildCoversOnlyThatRange() {
        Article a = DeskFixtures.sorel();
        Quote q = a.quotes().get(2);
        StyleSpans<Collection<String>> spans = QuoteHighlights.build(a, DeskFixtures.codebook(), q.id(), q.span().start(), q.span().end());
        assertThat(spans.length()).isEqualTo(q.span().length());
        assertThat(classesAt(spans, 0)).contains(StyleClasses.QUOTE_SELECTED);
    }

    @Test
    void aThousandQuotesMakeOneSpanPerBoundary() {
        Article a = DeskFixtures.longArticle(1000);
        StyleSpans<Collection<String>> spans = QuoteHighlights.build(a, DeskFixtures.codebook(), null);
        assertThat(spans.length()).isEqualTo(a.text().length());
        assertThat(a.text().length()).isGreaterThan(150_000);
        Set<Integer> starts = new HashSet<>();
        a.quotes().forEach(q -> starts.add(q.span().start()));
        assertThat(spans.getSpanCount()).isBetween(2000, 2002);
    }
}
