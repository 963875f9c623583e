package org.quotestance.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader(NewsLayout.standard());

    @Test
    void articleBodyAndMetaTagsOfASavedPage() throws IngestException {
        ArticleDraft d = reader.read(Fixtures.text("page.html")).articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Ostrania extends border curfew");
        assertThat(d.meta().outlet()).isEqualTo("The Lisnow Herald");
        assertThat(d.meta().byline()).isEqualTo("Pavla Dunn");
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(d.meta().url()).isEqualTo("https://lisnow-herald.example/ostrania-curfew");
        assertThat(d.text()).isEqualTo("""
                Ostrania extends border curfew

                The regional council of Ostrania voted on Tuesday to extend the curfew in the border districts.

                “This is a pattern of provocations,” council chairman Pavel Ruzic said.
                He added that it would be reviewed weekly.

                Opposition members walked out before the vote.""");
    }

    @Test
    void brokenMarkupIsReadLeniently() throws IngestException {
        ArticleDraft d = reader.read(Fixtures.text("broken.html")).articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Talks resume in Lisnow");
        assertThat(d.text()).isEqualTo("Talks resume in Lisnow\n\nNegotiators met again on Friday after a week of silence.\n\n"
                + "“We are talking,” a Veldrian diplomat said.");
    }

    @Test
    void titleFallsBackToOgTitleThenTitleWithoutTheSiteName() throws IngestException {
        String og = "<html><head><meta property='og:title' content='From OG'><title>T | Site</title></head>"
                + "<body><p>Body text.</p></body></html>";
        assertThat(reader.read(og).articles().get(0).meta().title()).isEqualTo("From OG");
        String plain = "<html><head><meta property='og:site_name' content='Site'><title>Only Title | Site</title></head>"
                + "<body><main><p>Body text.</p></main></body></html>";
        ArticleDraft d = reader.read(plain).articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Only Title");
        assertThat(d.text()).isEqualTo("Only Title\n\nBody text.");
    }

    @Test
    void aPageWithoutStoryTextIsRefused() {
        assertThatThrownBy(() -> reader.read("<html><body><nav>Home</nav><footer>© Site</footer></body></html>"))
                .isInstanceOf(IngestException.class).hasMessage("no article text found in the HTML");
    }
}
