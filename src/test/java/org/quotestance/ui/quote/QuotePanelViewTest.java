package org.quotestance.ui.quote;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.EditQueue;
import org.quotestance.ui.Theme;
import org.quotestance.ui.UiTasks;
import org.quotestance.ui.article.ArticleViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel builds its form when a quote is first selected, and the form then shows that quote. */
@ExtendWith(ApplicationExtension.class)
class QuotePanelViewTest {
    @TempDir
    static Path tmp;
    private static int run;
    private ProjectSession session;
    private ArticleViewModel article;
    private QuotePanelView panel;
    private Article sorel;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        session = ProjectSession.openExisting(DeskFixtures.writeProject(tmp.resolve("p" + (run++) + ".qstance")));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), Runnable::run, (w, e) -> {
            throw new AssertionError(w, e);
        });
        article = new ArticleViewModel(new EditQueue(tasks));
        article.setSession(session);
        session.onSaved(article::saved);
        QuotePanelViewModel vm = new QuotePanelViewModel(article);
        article.codebookProperty().set(DeskFixtures.codebook());
        sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
        panel = new QuotePanelView(vm);
        stage.setScene(new Scene(panel, 360, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFormWaitsForTheFirstQuoteThenShowsIt(FxRobot robot) {
        assertThat(panel.formBuilt()).isFalse();
        assertThat(robot.lookup("#speaker-field").tryQuery()).isEmpty();
        assertThat(robot.lookup(".qs-empty-state").queryAs(Label.class).isVisible()).isTrue();

        robot.interact(() -> article.show(sorel));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.formBuilt()).isTrue();
        assertThat(robot.lookup("#quote-text").queryLabeled().getText()).isEqualTo("We will not put soldiers on the ground in that war");
        ComboBox<?> speaker = robot.lookup("#speaker-field").queryAs(ComboBox.class);
        assertThat(speaker.getEditor().getText()).isEqualTo("Ana Sorel");
        assertThat(robot.lookup(".qs-empty-state").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(article::next);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox first = robot.lookup("#stance-" + DeskFixtures.NATO).queryAs(CheckBox.class);
        assertThat(first.isSelected()).as("the NATO stance of quote 2").isTrue();
    }

    @Test
    void aKeyForTheNoteBuildsTheFormBeforeAnyQuoteIsSelected(FxRobot robot) {
        robot.interact(panel::focusNote);
        assertThat(panel.formBuilt()).isTrue();
        assertThat(robot.lookup(".qs-quote-panel > .scroll-pane").queryAs(ScrollPane.class).isVisible())
                .as("the form, while no quote is selected").isFalse();
        assertThat(robot.lookup("#note-field").queryAs(TextArea.class).isFocused()).isFalse();
        assertThat(robot.lookup(".qs-empty-state").queryAs(Label.class).isVisible()).isTrue();
    }
}
