package org.quotestance.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ArticleSummary;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import org.quotestance.store.ProjectStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole desk without a toolkit: a real project on disk, work on the test's thread. */
class DeskViewModelTest {
    @TempDir
    Path tmp;
    private final TestDesk desk = new TestDesk();

    @AfterEach
    void close() {
        desk.vm.closeNow();
    }

    @Test
    void openingAProjectShowsItsNameArticlesCountsAndTheNewestArticle() {
        Path dir = DeskFixtures.writeProject(tmp.resolve("Alliance.qstance"));
        desk.vm.openProject(dir, false);

        assertThat(desk.errors).isEmpty();
        assertThat(desk.vm.titleBinding().get()).isEqualTo("QuoteStance — Alliance coverage");
        assertThat(desk.vm.countsBinding().get()).isEqualTo("3 articles · 8 quotes · 5 unreviewed");
        assertThat(desk.vm.articles().items()).extracting(ArticleSummary::title).first()
                .isEqualTo(DeskFixtures.port().meta().title());
        assertThat(desk.vm.article().articleProperty().get().id()).isEqualTo(DeskFixtures.port().id());
        assertThat(desk.vm.recentProjects()).containsExactly(dir.toAbsolutePath().toString());
        assertThat(desk.savedSettings).isNotEmpty();
    }

    @Test
    void anEditIsOnDiskAtOnceAndTheListCountsFollow() {
        Path dir = DeskFixtures.writeProject(tmp.resolve("p.qstance"));
        desk.vm.openProject(dir, false);
        Article sorel = DeskFixtures.sorel();
        desk.vm.articles().selectedProperty().set(desk.vm.articles().all().stream()
                .filter(s -> s.id().equals(sorel.id())).findFirst().orElseThrow());
        Quote first = desk.vm.article().selectedQuoteProperty().get();
        assertThat(first.id()).isEqualTo(sorel.quotes().get(0).id());

        desk.vm.article().accept();

        assertThat(desk.errors).isEmpty();
        ProjectStoreProbe disk = new ProjectStoreProbe(desk.vm);
        assertThat(disk.quote(sorel.id(), first.id()).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(desk.vm.countsBinding().get()).endsWith("4 unreviewed");
        assertThat(desk.vm.edits().undoTextProperty().get()).isEqualTo("Undo accept quote");

        desk.vm.undo();
        assertThat(disk.quote(sorel.id(), first.id()).status()).isEqualTo(ReviewStatus.SUGGESTED);
        assertThat(desk.vm.article().selectedQuoteProperty().get().status()).isEqualTo(ReviewStatus.SUGGESTED);
        assertThat(desk.vm.countsBinding().get()).endsWith("5 unreviewed");
        desk.vm.redo();
        assertThat(disk.quote(sorel.id(), first.id()).status()).isEqualTo(ReviewStatus.ACCEPTED);
    }

    @Test
    void aFolderThatIsNoProjectGivesAMessageAndTheDeskKeepsWorking() {
        desk.vm.openProject(tmp.resolve("nothing-here"), false);
        assertThat(desk.errors).singleElement().asString()
                .startsWith("Opening project failed").contains("is not a QuoteStance project");
        assertThat(desk.vm.titleBinding().get()).isEqualTo("QuoteStance");

        Path dir = DeskFixtures.writeProject(tmp.resolve("ok.qstance"));
        desk.vm.openProject(dir, false);
        assertThat(desk.vm.projectNameProperty().get()).isEqualTo("Alliance coverage");
    }

    @Test
    void aProjectOpenElsewhereIsReportedNotCrashed() {
        Path dir = DeskFixtures.writeProject(tmp.resolve("busy.qstance"));
        try (ProjectStore other = ProjectStore.openExisting(dir)) {
            desk.vm.openProject(dir, false);
            assertThat(desk.errors).singleElement().asString().contains("already open");
        }
    }

    @Test
    void openingAnotherProjectClosesTheFirstAndForgetsItsUndo() {
        Path one = DeskFixtures.writeProject(tmp.resolve("one.qstance"));
        Path two = DeskFixtures.writeProject(tmp.resolve("two.qstance"));
        desk.vm.openProject(one, false);
        desk.vm.article().next();
        desk.vm.article().reject();
        assertThat(desk.vm.edits().canUndoProperty().get()).isTrue();

        desk.vm.openProject(two, false);
        assertThat(desk.errors).isEmpty();
        assertThat(desk.vm.edits().canUndoProperty().get()).isFalse();
        // The first project's lock is released: it opens again.
        ProjectStore.openExisting(one).close();
    }

    /** Reads what is on disk through the open session, as a second look independent of the view model. */
    private record ProjectStoreProbe(DeskViewModel vm) {
        Quote quote(String articleId, String quoteId) {
            return vm.sessionProperty().get().store().load(articleId).orElseThrow().quote(quoteId).orElseThrow();
        }
    }
}
