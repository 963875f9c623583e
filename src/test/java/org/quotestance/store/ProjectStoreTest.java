package org.quotestance.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.TextSelector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir
    Path tmp;

    static Article sampleArticle() {
        String text = "Minister Ana Sorel: ‘We will hold’\n\n“We will hold the line,” Sorel said.";
        Span s = new Span(text.indexOf("We will hold the"), text.indexOf(",”"));
        Quote q = new Quote("a-q1", QuoteKind.DIRECT, s, new Span(text.indexOf("said"), text.indexOf("said") + 4),
                new Span(text.lastIndexOf("Sorel"), text.lastIndexOf("Sorel") + 5), "ana-sorel", 0.9,
                ReviewStatus.SUGGESTED, List.of("st1"), null, Quote.AUTO, TextSelector.of(text, s));
        ArticleMeta meta = ArticleMeta.titled("Minister Ana Sorel: ‘We will hold’").withOutlet("Daily Wire Service")
                .withPublished(LocalDate.of(2025, 2, 12));
        return new Article(ArticleIds.of(text), meta, text, List.of(q), List.of(), 1);
    }

    @Test
    void savedArticleReadsBackEqual() {
        Article a = sampleArticle();
        try (ProjectStore store = ProjectStore.openOrCreate(tmp.resolve("p.qstance"))) {
            store.save(a);
            assertThat(store.contains(a.id())).isTrue();
            assertThat(store.load(a.id())).contains(a);
            assertThat(store.articleIds()).containsExactly(a.id());
        }
        try (ProjectStore store = ProjectStore.openExisting(tmp.resolve("p.qstance"))) {
            assertThat(store.load(a.id())).contains(a);
            assertThat(store.info().name()).isEqualTo("p");
        }
    }

    @Test
    void articleFileUsesLowerCaseWireNamesAndIsoDates() throws Exception {
        Article a = sampleArticle();
        try (ProjectStore store = ProjectStore.openOrCreate(tmp)) {
            store.save(a);
            String json = Files.readString(store.articleFile(a.id()));
            assertThat(json).contains("\"kind\" : \"direct\"").contains("\"status\" : \"suggested\"")
                    .contains("\"published\" : \"2025-02-12\"").contains("\"schemaVersion\" : 1");
        }
    }

    @Test
    void secondOpenOfTheSameProjectIsRefusedWithAClearMessage() {
        try (ProjectStore first = ProjectStore.openOrCreate(tmp)) {
            assertThatThrownBy(() -> ProjectStore.openExisting(tmp))
                    .isInstanceOf(ProjectLockedException.class)
                    .hasMessageContaining("already open in another QuoteStance");
        }
        // released on close
        ProjectStore.openExisting(tmp).close();
    }

    @Test
    void openSweepsTempFilesOfAnInterruptedSave() throws Exception {
        ProjectStore.openOrCreate(tmp).close();
        Path stray = tmp.resolve("articles/ab/abc.json.123" + AtomicFiles.TEMP_SUFFIX);
        Files.createDirectories(stray.getParent());
        Files.writeString(stray, "{\"half");
        ProjectStore.openExisting(tmp).close();
        assertThat(stray).doesNotExist();
    }

    @Test
    void corruptArticleFileIsReportedByName() throws Exception {
        try (ProjectStore store = ProjectStore.openOrCreate(tmp)) {
            Path f = store.articleFile("0123456789abcdef");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "{ not json");
            assertThatThrownBy(() -> store.load("0123456789abcdef"))
                    .isInstanceOf(StoreException.class).hasMessageContaining(f.toString());
        }
    }

    @Test
    void notAProjectIsRefused() {
        assertThatThrownBy(() -> ProjectStore.openExisting(tmp)).hasMessageContaining("is not a QuoteStance project");
    }
}
