package org.quotestance.ui.codebook;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.codebook.CodebookEditor;
import org.quotestance.app.codebook.CodebookFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotestance.app.codebook.CodebookFixtures.stancesOf;

@ExtendWith(ApplicationExtension.class)
class CodebookViewTest {
    @TempDir
    static Path tmp;
    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private ProjectSession session;
    private CodebookViewModel vm;

    @Start
    void start(Stage stage) {
        session = CodebookFixtures.project(tmp.resolve("p" + PROJECTS.incrementAndGet()));
        vm = new CodebookViewModel(session, new SameThreadTaskExecutor());
        stage.setScene(new Scene(new CodebookView(vm), 900, 560));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> treeLabels(FxRobot robot) {
        TreeView<String> tree = robot.lookup("#" + CodebookView.TREE_ID).queryAs(TreeView.class);
        List<String> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private void collect(TreeItem<String> item, List<String> out) {
        for (TreeItem<String> c : item.getChildren()) {
            String id = c.getValue();
            out.add(vm.codebook().stance(id).map(s -> s.name())
                    .orElseGet(() -> CodebookEditor.topic(vm.codebook(), id).orElseThrow().name()));
            collect(c, out);
        }
    }

    private void select(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(".tree-cell .label").match((Label l) -> l.getText().equals(text))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + CodebookView.MESSAGE_ID).queryAs(Label.class).getText();
    }

    @Test
    void addAStanceAndSeeItInTheTree(FxRobot robot) {
        select(robot, "Defense budgets");
        robot.clickOn("#codebookAddStance");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = treeLabels(robot);
        assertThat(labels.subList(labels.indexOf("Defense budgets"), labels.size()))
                .containsExactly("Defense budgets", "Raise defense spending to 5% of GDP", "New stance");
        assertThat(robot.lookup(".tree-cell .label").match((Label l) -> l.getText().equals("New stance")).tryQuery())
                .isPresent();
        assertThat(vm.selectedStance().orElseThrow().name()).isEqualTo("New stance");
        assertThat(session.info().codebook().stanceByName("New stance")).isPresent();
    }

    @Test
    void renameFromTheNameField(FxRobot robot) {
        select(robot, "No U.S. troops in Ukraine");
        robot.interact(() -> robot.lookup("#" + CodebookView.NAME_ID).queryAs(javafx.scene.control.TextField.class)
                .setText("No American boots on the ground"));
        robot.clickOn("#" + CodebookView.NAME_ID).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeLabels(robot)).contains("No American boots on the ground").doesNotContain("No U.S. troops in Ukraine");
        assertThat(session.info().codebook().stance("no-troops").orElseThrow().name())
                .isEqualTo("No American boots on the ground");
        assertThat(message(robot)).isEqualTo("Rename “No U.S. troops in Ukraine”");

        robot.clickOn("#codebookUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeLabels(robot)).contains("No U.S. troops in Ukraine");
    }

    @Test
    void mergeTwoStancesAndTheQuotesFollow(FxRobot robot) {
        select(robot, "Stop the fighting now");
        robot.clickOn("#codebookMerge");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Merge “Stop the fighting now” into…");
        ComboBox<String> choice = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue("War must end"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(treeLabels(robot)).doesNotContain("Stop the fighting now").contains("War must end");
        assertThat(stancesOf(session, 0, 3)).containsExactly("war-must-end");
        assertThat(stancesOf(session, 1, 1)).containsExactly("no-troops", "war-must-end");
        assertThat(message(robot)).endsWith("(3 quotes changed)");
        assertThat(vm.selectedStance().orElseThrow().id()).isEqualTo("war-must-end");
    }

    @Test
    void deleteAsksAndSaysHowManyQuotesItTouches(FxRobot robot) {
        select(robot, "Stop the fighting now");
        robot.clickOn("#codebookDelete");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Delete the stance “Stop the fighting now”?");
        assertThat(dialog.getContentText()).contains("3 quotes in 2 articles");
        robot.clickOn((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(treeLabels(robot)).doesNotContain("Stop the fighting now");
        assertThat(stancesOf(session, 0, 2)).containsExactly("war-must-end");
        assertThat(stancesOf(session, 0, 3)).isEmpty();
    }

    @Test
    void cancellingTheDeleteKeepsEverything(FxRobot robot) {
        select(robot, "Military aid");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("No quote carries its stances. You can undo this.");
        robot.clickOn((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeLabels(robot)).contains("Military aid", "Send more weapons");
        assertThat(session.info().codebook()).isEqualTo(CodebookFixtures.codebook());
    }

    @Test
    void theKeyComboMovesAShortcut(FxRobot robot) {
        select(robot, "Stop the fighting now");
        ComboBox<String> key = robot.lookup("#" + CodebookView.SHORTCUT_ID).queryAs(ComboBox.class);
        assertThat(key.getValue()).isEqualTo(CodebookView.NO_KEY);
        robot.interact(() -> key.setValue("1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.info().codebook().stance("stop-fighting").orElseThrow().shortcut()).isEqualTo("1");
        assertThat(session.info().codebook().stance("war-must-end").orElseThrow().shortcut()).isNull();
    }

    @Test
    void textTypedInTheFormBelongsToTheNodeItWasTypedFor(FxRobot robot) {
        select(robot, "War must end");
        javafx.scene.control.TextArea description = robot.lookup("#" + CodebookView.DESCRIPTION_ID)
                .queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(description);
        robot.interact(description::clear);
        robot.write("Stop now");
        select(robot, "Defense budgets"); // clicking away saves the description of the stance typed for
        assertThat(session.info().codebook().stance("war-must-end").orElseThrow().description()).isEqualTo("Stop now");
        assertThat(CodebookEditor.topic(session.info().codebook(), "budget").orElseThrow().description()).isEmpty();
        assertThat(description.getText()).isEmpty();
    }
}
