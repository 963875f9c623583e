package org.quotestance.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader(NewsLayout.standard());

    @Test
    void frontMatterFillsMetadataAndMarkupIsStripped() throws IngestException {
        ArticleDraft d = reader.read(Fixtures.text("story.md")).articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Brenk: talks are ‘not dead’");
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(d.meta().byline()).isEqualTo("Mara Koval");
        assertThat(d.meta().outlet()).isEqualTo("Wire Desk");
        assertThat(d.text()).isEqualTo("""
                Brenk: talks are ‘not dead’

                KAREVO — Veldria's foreign minister said the talks were not dead, according to a transcript.

                “We are still at the table,” Brenk said.

                Two soldiers were killed on Sunday.
                The ministry did not comment.""");
    }

    @Test
    void theFirstHeadingIsTheTitleEvenAfterAKicker() throws IngestException {
        ArticleDraft d = reader.read(Fixtures.text("heading-later.md")).articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Why the 5% target matters");
        assertThat(d.text()).startsWith("Why the 5% target matters\n\nAnalysis\n\n")
                .contains("the target was not negotiable, and some said it was too low.")
                .contains("snake_case_names carefully: 2 * 3 * 4 is 24."); // not emphasis
    }

    @Test
    void inlineMarkup() {
        assertThat(MarkdownReader.inline("**bold** and *it* and __b__ and ~~gone~~ and `code`"))
                .isEqualTo("bold and it and b and gone and code");
        assertThat(MarkdownReader.inline("see [the report](http://x.org \"t\") and ![img](a.png) <https://y.org>"))
                .isEqualTo("see the report and  https://y.org");
        assertThat(MarkdownReader.inline("a \\*literal\\* star")).isEqualTo("a *literal* star");
    }

    @Test
    void setextHeadingsAndRules() {
        assertThat(MarkdownReader.toPlainText("Ceasefire holds\n===============\n\nText.\n\n---\n\nMore."))
                .isEqualTo("Ceasefire holds\n\nText.\n\n\n\nMore.");
    }
}
