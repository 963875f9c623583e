package org.quotestance.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class StartupMilestonesTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("Harbour strike desk")), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void afterThePulseTheWorkThatWaitedForTheFrameRuns(FxRobot robot) {
        List<String> events = new CopyOnWriteArrayList<>();
        StartupMilestones milestones = new StartupMilestones(null, null, () -> events.add("quit"));

        robot.interact(() -> milestones.afterNextPulse(scene, "frame", () -> events.add("open the project")));

        await().until(() -> !events.isEmpty());
        assertThat(events).containsExactly("open the project");
    }

    @Test
    void theReportLineIsTheOneMeasureStartReads(FxRobot robot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream report = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> events = new CopyOnWriteArrayList<>();
        StartupMilestones milestones = new StartupMilestones(report, null, () -> events.add("quit"));

        robot.interact(() -> milestones.afterNextPulse(scene, "frame", () -> events.add("next")));

        await().until(() -> events.contains("next"));
        // packaging/measure-start.sh: "startup NAME MS ms cpu MS ms at EPOCH-MS"
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("startup frame \\d+ ms cpu \\d+ ms at \\d{13}\\R");
    }

    @Test
    void quittingAtAMilestoneSkipsWhatWasToFollow(FxRobot robot) {
        List<String> events = new CopyOnWriteArrayList<>();
        StartupMilestones milestones = new StartupMilestones(null, " Project ", () -> events.add("quit"));

        robot.interact(() -> {
            milestones.afterNextPulse(scene, "frame", () -> events.add("after frame"));
            milestones.afterNextPulse(scene, "project", () -> events.add("after project"));
        });

        await().until(() -> events.size() == 2);
        assertThat(events).containsExactlyInAnyOrder("after frame", "quit");
    }

    @Test
    void onlyTheTrainingRunToursTheTabs() {
        assertThat(new StartupMilestones(null, "tabs", () -> { }).toursTabs()).isTrue();
        assertThat(new StartupMilestones(null, "project", () -> { }).toursTabs()).isFalse();
        assertThat(new StartupMilestones(null, null, () -> { }).toursTabs()).isFalse();
    }
}
