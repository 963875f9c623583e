package org.quotestance.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.exchange.ExchangeFixtures;
import org.quotestance.exchange.ExchangeFormat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export dialog through a fake file chooser: choose format, scope and file, export, see the result. */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    @TempDir
    static Path tmp;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private ProjectSession session;
    private ExportViewModel vm;
    private Path chosen;
    private final List<ExchangeFormat> asked = new ArrayList<>();
    private boolean closed;

    @Start
    void start(Stage stage) {
        Path dir = tmp.resolve("p" + RUNS.incrementAndGet() + ".qstance");
        session = ProjectSession.openOrCreate(dir);
        session.saveInfo(ExchangeFixtures.project());
        session.store().saveSpeakers(ExchangeFixtures.registry());
        session.saveAll(List.of(ExchangeFixtures.troopsStory(), ExchangeFixtures.talksStory()));
        ExportContext ctx = new ExportContext(ExchangeFixtures.talksStory().id(), "Talks resume in Lund",
                "speaker:\"Orsolya Bene\"");
        vm = new ExportViewModel(session, new SameThreadTaskExecutor(), Runnable::run, ctx);
        chosen = tmp.resolve("out" + RUNS.get()).resolve("quotes.csv");
        OutputFileChooser fake = (format, suggested) -> {
            asked.add(format);
            return Optional.of(chosen);
        };
        stage.setScene(new Scene(new ExportView(vm, fake, () -> closed = true)));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ComboBox.class);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + ExportView.MESSAGE_ID).queryAs(Label.class).getText();
    }

    @Test
    void exportIsDisabledUntilAFileIsChosen(FxRobot robot) {
        assertThat(robot.lookup("#" + ExportView.RUN_ID).queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#" + ExportView.CHOOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(ExchangeFormat.CSV);
        assertThat(robot.lookup("#" + ExportView.FILE_ID).queryAs(TextField.class).getText()).isEqualTo(chosen.toString());
        assertThat(robot.lookup("#" + ExportView.RUN_ID).queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void exportTheCurrentArticleAsCsvWithABom(FxRobot robot) throws Exception {
        ComboBox<ExportTarget> target = combo(robot, ExportView.TARGET_ID);
        assertThat(target.getItems()).containsExactly(ExportTarget.WHOLE_PROJECT, ExportTarget.CURRENT_ARTICLE,
                ExportTarget.SEARCH_RESULT);
        robot.clickOn(target);
        robot.clickOn("Current article (Talks resume in Lund)");
        robot.clickOn("#" + ExportView.BOM_ID);
        robot.clickOn("#" + ExportView.CHOOSE_ID);
        robot.clickOn("#" + ExportView.RUN_ID);
        WaitForAsyncUtils.waitForFxEvents();

        byte[] bytes = Files.readAllBytes(chosen);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("ready to listen");
        assertThat(message(robot)).isEqualTo("Exported 1 quote(s) from 1 article(s) to quotes.csv");
        assertThat(robot.lookup("#" + ExportView.PROGRESS_ID).queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
    }

    @Test
    void exportTheSearchResultAsJsonlAfterSwitchingFormat(FxRobot robot) throws Exception {
        robot.clickOn("#" + ExportView.CHOOSE_ID);
        ComboBox<ExchangeFormat> format = combo(robot, ExportView.FORMAT_ID);
        robot.clickOn(format);
        robot.clickOn("JSON Lines, one quote per line");
        WaitForAsyncUtils.waitForFxEvents();
        Path jsonl = chosen.resolveSibling("quotes.jsonl");
        assertThat(vm.outputFileProperty().get()).as("the extension follows the format").isEqualTo(jsonl);
        assertThat(robot.lookup("#" + ExportView.BOM_ID).queryAs(CheckBox.class).isVisible()).isFalse();
        robot.clickOn(combo(robot, ExportView.TARGET_ID));
        robot.clickOn("Current search result (speaker:\"Orsolya Bene\")");
        robot.clickOn("#" + ExportView.RUN_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readAllLines(jsonl)).hasSize(2).allMatch(l -> l.contains("Orsolya Bene"));
        assertThat(message(robot)).startsWith("Exported 2 quote(s) from 1 article(s)");
    }

    @Test
    void closeClosesWhenNothingRuns(FxRobot robot) {
        robot.clickOn("#" + ExportView.CLOSE_ID);
        assertThat(closed).isTrue();
    }
}
