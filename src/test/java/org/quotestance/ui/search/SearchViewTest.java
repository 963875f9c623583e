package org.quotestance.ui.search;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.search.Hit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class SearchViewTest {
    @TempDir
    static Path tmp;
    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private ProjectSession session;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        session = SearchFixtures.project(tmp.resolve("p" + PROJECTS.incrementAndGet()));
        SearchViewModel vm = new SearchViewModel(session, new SameThreadTaskExecutor());
        vm.setOnOpenHit((article, quote) -> opened.add(article + " " + quote));
        stage.setScene(new Scene(new SearchView(vm), 1100, 640));
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

    private Set<String> facetRows(FxRobot robot) {
        return robot.lookup("." + SearchView.FACET_ROW).queryAllAs(Button.class).stream()
                .map(b -> (String) b.getUserData()).collect(Collectors.toSet());
    }

    /** Types into the query field, then waits out the debounce by watching for the answer. */
    private void search(FxRobot robot, String text) {
        TextField field = robot.lookup("#" + SearchView.QUERY_ID).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void until(Runnable assertion) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertion.run();
        });
    }

    @Test
    void beforeTypingThePlaceholderCountsTheQuotes(FxRobot robot) {
        until(() -> assertThat(((Label) table(robot).getPlaceholder()).getText()).isEqualTo("Type to search 5 quotes"));
        assertThat(facetRows(robot)).contains("outlet/Valmora Daily", "month/2025-02");
    }

    @Test
    void typeAQueryAndSeeResultsAndFacets(FxRobot robot) {
        search(robot, "troops");
        until(() -> assertThat(table(robot).getItems()).hasSize(3));
        assertThat(facetRows(robot)).contains("outlet/Northern Courier", "outlet/Valmora Daily", "stance/no-troops");
        // the rows are laid out on a later pulse than the items arrive: wait for the drawn snippet
        until(() -> {
            Node bold = robot.lookup("#" + SearchView.TABLE_ID + " ." + SnippetFlow.HIT).query();
            assertThat(((javafx.scene.text.Text) bold).getText()).isEqualToIgnoringCase("troops");
        });
        assertThat(robot.lookup("#" + SearchView.SUMMARY_ID).queryAs(Label.class).getText()).isEqualTo("3 quotes");
    }

    @Test
    void clickAFacetToFilterAndRemoveTheChip(FxRobot robot) {
        search(robot, "troops");
        until(() -> assertThat(table(robot).getItems()).hasSize(3));
        robot.clickOn(robot.lookup("." + SearchView.FACET_ROW)
                .match((Button b) -> "outlet/Northern Courier".equals(b.getUserData())).queryAs(Button.class));
        until(() -> assertThat(table(robot).getItems()).extracting(Hit::quoteId)
                .containsExactly(SearchFixtures.quoteId(1, 1)));
        FlowPane chips = robot.lookup("#" + SearchView.CHIPS_ID).queryAs(FlowPane.class);
        Button chip = (Button) chips.getChildren().get(0);
        assertThat(chip.getText()).isEqualTo("Outlet: Northern Courier");
        robot.clickOn(chip);
        until(() -> assertThat(table(robot).getItems()).hasSize(3));
        assertThat(chips.getChildren()).isEmpty();
    }

    @Test
    void pressEnterToOpenAHit(FxRobot robot) {
        search(robot, "\"American soldier\"");
        until(() -> assertThat(table(robot).getItems()).hasSize(1));
        robot.type(KeyCode.DOWN); // from the field into the table, first row selected
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(SearchFixtures.articles().get(1).id() + " " + SearchFixtures.quoteId(1, 1));

        robot.doubleClickOn(robot.lookup("#" + SearchView.TABLE_ID + " ." + SnippetFlow.HIT).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(2).allMatch(s -> s.endsWith(SearchFixtures.quoteId(1, 1)));
    }

    @Test
    void aMalformedQueryShowsTheMessageUnderTheField(FxRobot robot) {
        search(robot, "troops AND (border");
        Label error = robot.lookup("#" + SearchView.ERROR_ID).queryAs(Label.class);
        until(() -> assertThat(error.isVisible()).isTrue());
        assertThat(error.getText()).startsWith("Query error at column").contains("')'").doesNotContain("\n");
        assertThat(robot.listWindows()).hasSize(1); // no dialog
        robot.write(")");
        until(() -> assertThat(error.isVisible()).isFalse());
        until(() -> assertThat(table(robot).getItems()).hasSize(1));
    }

    @Test
    void tabCompletesASpeakerName(FxRobot robot) {
        search(robot, "speaker:cal");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + SearchView.QUERY_ID).queryAs(TextField.class).getText())
                .isEqualTo("speaker:\"Rob Calder\" ");
        until(() -> assertThat(table(robot).getItems()).hasSize(1));
    }
}
