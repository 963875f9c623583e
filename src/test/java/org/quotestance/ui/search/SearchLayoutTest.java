package org.quotestance.ui.search;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.search.Hit;
import org.quotestance.ui.DeskFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The result table with a thousand hits: its columns fit the pane at any width, the quote gets the room. */
@ExtendWith(ApplicationExtension.class)
class SearchLayoutTest {
    @TempDir
    static Path tmp;
    private static int run;
    private ProjectSession session;
    private SearchViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = ProjectSession.openOrCreate(tmp.resolve("p" + run++));
        session.saveInfo(session.info().withCodebook(DeskFixtures.codebook()));
        session.saveAll(List.of(DeskFixtures.longArticle(1000)));
        vm = new SearchViewModel(session, new SameThreadTaskExecutor());
        stage.setScene(new Scene(new SearchView(vm), 1100, 640));
        stage.sizeToScene(); // the stage is shared by the tests: an earlier one may have narrowed it
        stage.setX(0); // and it must stay inside Monocle's 1280 px screen when a test widens it
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Hit> table(FxRobot robot) {
        return robot.lookup("#" + SearchView.TABLE_ID).queryAs(TableView.class);
    }

    private void searchForAThousand(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.queryProperty().set("partners"));
        robot.interact(vm::search);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + SearchView.SUMMARY_ID).queryLabeled().getText()).endsWith("1,000 quotes");
        });
        WaitForAsyncUtils.waitForFxEvents(); // the rows are laid out on the pulse after the items arrive
    }

    private static double visibleColumnsWidth(TableView<Hit> t) {
        return t.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }

    private static boolean horizontalBarShown(TableView<Hit> t) {
        return t.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
    }

    @Test
    void aThousandResultsFitTheWidthAndTheQuoteTakesTheRest(FxRobot robot) {
        searchForAThousand(robot);
        TableView<Hit> t = table(robot);
        assertThat(t.getItems()).hasSizeGreaterThanOrEqualTo(SearchViewModel.PAGE);
        assertThat(t.getWidth()).isGreaterThan(SearchView.OUTLET_MIN_TABLE_WIDTH);
        TableColumn<Hit, ?> quote = t.getColumns().get(0);
        assertThat(quote.getText()).isEqualTo("Quote");
        assertThat(t.getVisibleLeafColumns()).hasSize(5);
        assertThat(visibleColumnsWidth(t)).isLessThanOrEqualTo(t.getWidth());
        assertThat(horizontalBarShown(t)).isFalse();
        for (TableColumn<Hit, ?> other : t.getColumns().subList(1, t.getColumns().size())) {
            assertThat(quote.getWidth()).as(other.getText()).isGreaterThan(other.getWidth());
            assertThat(other.getWidth()).as(other.getText()).isBetween(other.getMinWidth(), other.getPrefWidth());
        }
        // The quote has its share, and not a pixel is left over: it takes the rest.
        assertThat(quote.getWidth()).isGreaterThanOrEqualTo(Math.floor(visibleColumnsWidth(t) * SearchView.QUOTE_SHARE));
        assertThat(visibleColumnsWidth(t)).isGreaterThan(t.getWidth() - 20);
    }

    @Test
    void inANarrowPaneTheOutletGivesWayAndNothingRunsOffTheEdge(FxRobot robot) {
        searchForAThousand(robot);
        robot.interact(() -> stage.setWidth(620));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Hit> t = table(robot);
        assertThat(t.getWidth()).isLessThan(SearchView.OUTLET_MIN_TABLE_WIDTH);
        assertThat(t.getVisibleLeafColumns()).extracting(TableColumn::getText).doesNotContain("Outlet", "Date")
                .startsWith("Quote", "Speaker");
        assertThat(visibleColumnsWidth(t)).isLessThanOrEqualTo(t.getWidth());
        assertThat(t.getColumns().get(0).getWidth()).isGreaterThanOrEqualTo(SearchView.QUOTE_MIN_WIDTH)
                .isGreaterThanOrEqualTo(Math.floor(visibleColumnsWidth(t) * SearchView.QUOTE_SHARE));
        assertThat(horizontalBarShown(t)).isFalse();

        robot.interact(() -> stage.setWidth(420));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getWidth()).isLessThan(SearchView.SPEAKER_MIN_TABLE_WIDTH);
        assertThat(t.getVisibleLeafColumns()).extracting(TableColumn::getText).containsExactly("Quote");
        assertThat(horizontalBarShown(t)).isFalse();

        robot.interact(() -> stage.setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getVisibleLeafColumns()).extracting(TableColumn::getText).contains("Date", "Outlet");
        assertThat(visibleColumnsWidth(t)).isLessThanOrEqualTo(t.getWidth());
    }
}
