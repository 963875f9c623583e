package org.quotestance.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NewsLayoutTest {
    private final NewsLayout layout = NewsLayout.standard();

    private NewsLayout.Result read(String fixture) {
        return layout.read(TextNormaliser.normalise(Fixtures.text(fixture)));
    }

    @Test
    void theSharedHegsethSampleYieldsTitleDateAndCredit() throws Exception {
        Optional<Path> sample = Fixtures.sharedSample("hegseth-nato-2025-02-12.txt");
        assumeTrue(sample.isPresent(), "the shared samples folder is not here");
        NewsLayout.Result r = layout.read(TextNormaliser.normalise(Files.readString(sample.get())));
        assertThat(r.title()).isEqualTo("Hegseth: Ukraine-Russia War ‘Must End,’ NATO Membership for Kyiv ‘Unrealistic’");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(r.credit()).isEqualTo("CNN");
        assertThat(r.outlet()).isEqualTo("CNN");
        assertThat(r.text()).startsWith(r.title() + "\n\nU.S. Secretary of Defense Pete Hegseth said Wednesday")
                .endsWith("saying the current target is “not enough.”")
                .doesNotContain("by |").doesNotContain("Top News").doesNotContain("\u00a0").doesNotContain("\n\n\n");
    }

    @Test
    void bylineWithOutletAndDateLineGoToMetadataAndContributorsLineIsDropped() {
        NewsLayout.Result r = read("wire-byline-outlet.txt");
        assertThat(r.title()).isEqualTo("Veldrian minister says ceasefire talks ‘not dead’ after border clash");
        assertThat(r.byline()).isEqualTo("Mara Koval");
        assertThat(r.outlet()).isEqualTo("Reuters");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(r.credit()).isNull();
        assertThat(r.text())
                .startsWith("Veldrian minister says ceasefire talks ‘not dead’ after border clash\n\nKAREVO, March 3 (Reuters)")
                .contains("\n\nBy the end of the week, negotiators") // prose starting with "By" stays
                .endsWith("He did not elaborate.")                    // a short last sentence is not a credit
                .doesNotContain("By Mara Koval").doesNotContain("Editing by");
    }

    @Test
    void updatedTimestampLineFurnitureAndRelatedLinksAreDropped() {
        NewsLayout.Result r = read("oped-updated-related.txt");
        assertThat(r.title()).isEqualTo("Opinion: Europe has to stop waiting for Washington");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(r.text()).doesNotContain("Updated").doesNotContain("Advertisement").doesNotContain("Share this")
                .doesNotContain("Related articles").doesNotContain("Five things to know")
                .endsWith("“What we do not have is a plan.”");
        assertThat(r.text().split("\n\n")).hasSize(4);
    }

    @Test
    void loneCreditLineAfterTheBodyIsTheCreditAndOutlet() {
        NewsLayout.Result r = read("press-release-credit.txt");
        assertThat(r.title()).isEqualTo("Defence Ministry: “No foreign troops will be stationed on Veldrian soil”");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(r.credit()).isEqualTo("Veldrian Defence Ministry");
        assertThat(r.outlet()).isEqualTo("Veldrian Defence Ministry");
        assertThat(r.text()).endsWith("“We will hold.”").doesNotContain("Top News");
    }

    @Test
    void aFirstLineTooLongForAHeadlineStaysInTheBody() {
        NewsLayout.Result r = read("no-headline.txt");
        assertThat(r.title()).startsWith("The regional council of Ostrania voted").endsWith("…");
        assertThat(r.text()).startsWith("The regional council of Ostrania voted late on Tuesday")
                .endsWith("Ruzic said the curfew would be reviewed weekly.");
    }

    @Test
    void bylineShapes() {
        assertThat(Byline.parse("by | Feb 12, 2025", true)).contains(new Byline(null, null, LocalDate.of(2025, 2, 12)));
        assertThat(Byline.parse("By Jane Doe, Reuters", true)).contains(new Byline("Jane Doe", "Reuters", null));
        assertThat(Byline.parse("By Jane Doe and Ivo Lenz, The Kyiv Independent", true))
                .contains(new Byline("Jane Doe and Ivo Lenz", "The Kyiv Independent", null));
        assertThat(Byline.parse("By Jane Doe, Ivo Lenz", true)).contains(new Byline("Jane Doe, Ivo Lenz", null, null));
        assertThat(Byline.parse("Jane Doe | Wire Desk | 2025-02-12", true))
                .contains(new Byline("Jane Doe", "Wire Desk", LocalDate.of(2025, 2, 12)));
        assertThat(Byline.parse("Updated 3:05 PM EST, Wed February 12, 2025", true))
                .contains(new Byline(null, null, LocalDate.of(2025, 2, 12)));
        assertThat(Byline.parse("By the end of the year, the ministry expects more.", true)).isEmpty();
        assertThat(Byline.parse("Talks will resume on February 12, 2025 in Lisnow", true)).isEmpty();
    }

    @Test
    void dateShapes() {
        LocalDate d = LocalDate.of(2025, 2, 12);
        for (String s : new String[]{"February 12, 2025", "2025-02-12", "Feb. 12, 2025", "Feb 12, 2025", "12 February 2025",
                "Wednesday, February 12, 2025", "Published 12 Feb 2025, 09:30 GMT", "2025-02-12T10:00:00Z"}) {
            assertThat(Byline.dateLine(s)).as(s).contains(d);
        }
        assertThat(Byline.dateLine("February 31, 2025")).isEmpty();
        assertThat(NewsDates.parseField("2025-02-11T23:40:00-05:00")).contains(LocalDate.of(2025, 2, 11));
        assertThat(NewsDates.parseField("1739318400")).contains(d);
    }

    @Test
    void creditLineShapes() {
        assertThat(NewsLayout.isCreditLine("CNN")).isTrue();
        assertThat(NewsLayout.isCreditLine("The Kyiv Independent")).isTrue();
        assertThat(NewsLayout.isCreditLine("Voice of America")).isTrue();
        assertThat(NewsLayout.isCreditLine("He declined.")).isFalse();
        assertThat(NewsLayout.isCreditLine("“We will hold”")).isFalse();
        assertThat(NewsLayout.isCreditLine("Ministry of Defence of the Republic")).isFalse();
        assertThat(NewsLayout.isCreditLine("more to come")).isFalse();
    }
}
