package org.quotestance.ui.quote;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.model.QuoteKind;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.EditQueue;
import org.quotestance.ui.UiTasks;
import org.quotestance.ui.article.ArticleViewModel;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QuotePanelViewModelTest {
    @TempDir
    Path tmp;
    private ProjectSession session;
    private ArticleViewModel article;
    private QuotePanelViewModel panel;
    private Article sorel;

    @BeforeEach
    void open() {
        session = ProjectSession.openExisting(DeskFixtures.writeProject(tmp.resolve("p.qstance")));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), Runnable::run, (w, e) -> {
            throw new AssertionError(w, e);
        });
        article = new ArticleViewModel(new EditQueue(tasks));
        article.setSession(session);
        session.onSaved(article::saved);
        panel = new QuotePanelViewModel(article);
        article.codebookProperty().set(DeskFixtures.codebook());
        sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheSelectedQuote() {
        assertThat(panel.hasQuoteBinding().get()).isFalse();
        article.show(sorel);
        assertThat(panel.hasQuoteBinding().get()).isTrue();
        assertThat(panel.quoteTextProperty().get()).isEqualTo("We will not put soldiers on the ground in that war");
        assertThat(panel.speakerNameProperty().get()).isEqualTo("Ana Sorel");
        assertThat(panel.kindProperty().get()).isEqualTo(QuoteKind.DIRECT);
        assertThat(panel.confidenceProperty().get()).isEqualTo("93 %");
        assertThat(panel.speakerChoices()).startsWith("Ana Sorel", "Tomas Reyk", "A senior official");
        assertThat(panel.stances()).hasSize(4).noneMatch(c -> c.checkedProperty().get());
        article.next();
        assertThat(panel.stances().get(0).checkedProperty().get()).as("the NATO stance of quote 2").isTrue();
    }

    @Test
    void checkingAStanceKindOrSpeakerEditsTheQuote() {
        article.show(sorel);
        String id = article.selectedQuoteProperty().get().id();
        panel.stances().get(2).checkedProperty().set(true);
        panel.kindProperty().set(QuoteKind.PARTIAL);
        panel.commitSpeaker("Tomas Reyk");
        panel.noteProperty().set("  ");
        panel.commitNote();
        var saved = session.article(sorel.id()).orElseThrow().quote(id).orElseThrow();
        assertThat(saved.stanceIds()).containsExactly(DeskFixtures.SUPPORT);
        assertThat(saved.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(saved.speakerId()).isEqualTo("tomas-reyk");
        assertThat(saved.note()).isNull();
        assertThat(panel.speakerNameProperty().get()).isEqualTo("Tomas Reyk");
    }
}
