package org.quotestance.ui.articles;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotestance.app.ArticleSummary;
import org.quotestance.ui.DeskWindow;
import org.quotestance.ui.StyleClasses;
import org.quotestance.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article list as drawn: long titles readable on two lines, the empty states. */
@ExtendWith(ApplicationExtension.class)
class ArticleListViewTest {
    /** Longer than two lines of a 280 px list can hold, with a word that must not be cut in half. */
    static final String LONG_TITLE = "Harbour authority and dock unions trade blame as the third week of the Marrowby "
            + "pilot strike leaves forty container ships waiting outside the breakwater";
    static final String SHORT_TITLE = "Storm closes two bridges";
    private ArticleListViewModel vm;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        vm = new ArticleListViewModel();
        vm.setAll(List.of(
                new ArticleSummary("long", LONG_TITLE, "The Marrowby and District Evening Gazette", LocalDate.of(2025, 3, 4), 12, 5),
                new ArticleSummary("short", SHORT_TITLE, "Harbour Courier", LocalDate.of(2025, 1, 20), 0, 0)));
        ArticleListView view = new ArticleListView(vm);
        Scene scene = new Scene(view, 280, 600);
        scene.getStylesheets().add(DeskWindow.STYLESHEET);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared with earlier test classes, which may have widened it
        stage.show();
    }

    private static Label titleOf(ListCell<?> cell) {
        return (Label) cell.getGraphic().lookup("." + StyleClasses.ROW_TITLE);
    }

    @SuppressWarnings("unchecked")
    private ListCell<ArticleSummary> cell(FxRobot robot, String id) {
        return robot.lookup(".qs-article-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && ((ArticleSummary) c.getItem()).id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void aLongTitleTakesTwoLinesCutAtAWordAndTheTooltipHasAllOfIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#article-list").queryAs(ListView.class).getWidth()).isLessThanOrEqualTo(280);
        ListCell<ArticleSummary> longCell = cell(robot, "long");
        ListCell<ArticleSummary> shortCell = cell(robot, "short");
        Label longTitle = titleOf(longCell);
        Label shortTitle = titleOf(shortCell);

        String shown = longTitle.getText();
        assertThat(shown).endsWith(LineFit.ELLIPSIS);
        String kept = shown.substring(0, shown.length() - 1);
        assertThat(LONG_TITLE).startsWith(kept);
        assertThat(Character.isWhitespace(LONG_TITLE.charAt(kept.length()))).isTrue(); // cut between words
        assertThat(kept.length()).isGreaterThan(40); // more than one line's worth is readable
        // Two lines: about twice the height of a one-line title, never three.
        double oneLine = shortTitle.getHeight();
        assertThat(longTitle.getHeight()).isGreaterThan(oneLine * 1.6).isLessThan(oneLine * 2.5);
        assertThat(longCell.getTooltip().getText()).startsWith(LONG_TITLE + "\n").contains("4 Mar 2025");
        assertThat(shortTitle.getText()).isEqualTo(SHORT_TITLE);
        // Nothing sticks out on the right.
        assertThat(longCell.getGraphic().getBoundsInParent().getMaxX()).isLessThanOrEqualTo(longCell.getWidth());
        assertThat(longCell.getAccessibleText()).contains(LONG_TITLE, "12 quotes", "5 to review");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersToClearIt(FxRobot robot) {
        robot.clickOn("#article-filter").write("zebra crossing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#article-list").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#article-list-empty").queryLabeled().getText())
                .isEqualTo("No article matches “zebra crossing”.");
        Button clear = robot.lookup("#article-filter-clear").queryButton();
        assertThat(clear.isVisible()).isTrue();
        robot.clickOn(clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.filterProperty().get()).isEmpty();
        assertThat(vm.items()).hasSize(2);
    }

    @Test
    void anEmptyProjectInvitesAnImport(FxRobot robot) {
        robot.interact(() -> vm.setAll(List.of()));
        assertThat(robot.lookup("#article-list-empty").queryLabeled().getText()).isEqualTo(ArticleListViewModel.NO_ARTICLES);
        assertThat(robot.lookup("#article-filter-clear").queryButton().isVisible()).isFalse();
    }
}
