package org.quotestance.ui;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.AppDirs;
import org.quotestance.app.ArticleSummary;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.UserSettings;
import org.quotestance.app.UserSettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The window and the user's projects: recent projects, the window's layout kept in the settings
 * file, files dropped on the window, a .qdpx opened from the desktop. Settings go to a real
 * settings file in a temporary config folder.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWindowProjectsTest {
    @TempDir
    static Path tmp;
    private static int run;
    private final List<String> errors = new ArrayList<>();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final List<String> asked = new ArrayList<>();
    private SetImportPrompt.Target answer = SetImportPrompt.Target.OPEN_PROJECT;
    private UserSettingsStore settingsStore;
    private DeskViewModel vm;
    private DeskWindow window;
    private Stage stage;
    private Path base;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.applyBase();
        base = tmp.resolve("run" + run++);
        settingsStore = new UserSettingsStore(new AppDirs(base.resolve("config"), base.resolve("data"), base.resolve("state")));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), new FxThread(),
                (what, cause) -> errors.add(what + ": " + ErrorDialog.reason(cause)));
        vm = new DeskViewModel(tasks, DeskViewModel.SettingsPort.of(settingsStore));
        window = new DeskWindow(vm, dialogs, (file, project) -> {
            asked.add(file.getFileName() + " → " + project);
            return answer;
        }, () -> { });
        stage.setScene(new Scene(window, 1000, 700));
        stage.sizeToScene(); // the stage is shared between test classes; one may have resized it
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(vm::closeNow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
    }

    private void onFx(Runnable r) {
        try {
            WaitForAsyncUtils.asyncFx(r).get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> recentItems() {
        return window.recentMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void recentProjectsAreListedMostRecentFirstAndOpenFromTheMenu() {
        Path first = DeskFixtures.writeProject(base.resolve("First.qstance")).toAbsolutePath();
        Path second = DeskFixtures.writeProject(base.resolve("Second.qstance")).toAbsolutePath();
        assertThat(window.recentMenu().isDisable()).isTrue();
        onFx(() -> vm.openProject(first, false));
        onFx(() -> vm.openProject(second, false));
        assertThat(recentItems()).containsExactly(second.toString(), first.toString());
        assertThat(settingsStore.load().recentProjects()).containsExactly(second.toString(), first.toString());

        MenuItem openFirst = window.recentMenu().getItems().get(1);
        onFx(openFirst::fire);

        assertThat(vm.sessionProperty().get().dir()).isEqualTo(first);
        assertThat(recentItems()).containsExactly(first.toString(), second.toString());
        assertThat(settingsStore.load().recentProjects()).first().isEqualTo(first.toString());
    }

    @Test
    void theWindowLayoutIsSavedInTheSettingsAndRestoredNextTime() {
        onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        onFx(() -> window.split().setDividerPositions(0.31, 0.69));
        onFx(() -> vm.saveSettingsNow(s -> s.withWindow(WindowPlacement.capture(stage, window))));

        UserSettings.WindowLayout saved = new UserSettingsStore(new AppDirs(base.resolve("config"), base.resolve("data"),
                base.resolve("state"))).load().window();
        assertThat(saved).isNotNull();
        assertThat(saved.width()).isEqualTo(1100);
        assertThat(saved.dividers()).hasSize(2);

        // Next run: a new stage and desk read it back.
        DeskWindow[] next = new DeskWindow[1];
        Stage[] nextStage = new Stage[1];
        onFx(() -> {
            nextStage[0] = new Stage();
            next[0] = new DeskWindow(new TestDesk().vm, dialogs, () -> { });
            nextStage[0].setScene(new Scene(next[0], 800, 600));
            WindowPlacement.restore(nextStage[0], saved);
            nextStage[0].show();
            WindowPlacement.restoreDividers(next[0], saved);
        });
        try {
            assertThat(nextStage[0].getWidth()).isEqualTo(1100);
            assertThat(nextStage[0].getHeight()).isEqualTo(720);
            assertThat(nextStage[0].getX()).isEqualTo(40);
            assertThat(next[0].dividers().get(0)).isCloseTo(0.31, within(0.01));
            assertThat(next[0].dividers().get(1)).isCloseTo(0.69, within(0.01));
        } finally {
            onFx(nextStage[0]::close);
        }
    }

    @Test
    void aPlaceOffEveryScreenIsNotRestored() {
        UserSettings.WindowLayout gone = new UserSettings.WindowLayout(9000, 9000, 900, 600, false, List.of(0.2, 0.8));
        onFx(() -> {
            stage.setX(10);
            stage.setWidth(1000);
            WindowPlacement.restore(stage, gone);
        });
        assertThat(stage.getX()).isEqualTo(10);
        assertThat(stage.getWidth()).isEqualTo(1000);
    }

    @Test
    void droppedFilesAreImportedAndTheSummaryNamesTheFileThatFailedAndWhy() throws Exception {
        onFx(() -> vm.openProject(DeskFixtures.writeProject(base.resolve("Drop.qstance")), false));
        Path in = Files.createDirectories(base.resolve("dropped"));
        File good = Files.writeString(in.resolve("pilots.md"), """
                # Pilots return to the harbour

                MARROWBY — The strike ended on Thursday. “We got the rota we asked for,” said pilot Ines Varga.
                """).toFile();
        File empty = Files.writeString(in.resolve("blank.txt"), "   \n").toFile();

        onFx(() -> window.importDropped(List.of(good, empty)));

        assertThat(vm.articles().all()).extracting(ArticleSummary::title).contains("Pilots return to the harbour");
        TableView<?> failures = new FxRobot().lookup("#" + ImportSummaryDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(failures.getItems()).singleElement().asString().startsWith(empty.toString()).endsWith(": the file holds only white space");
        assertThat(vm.messageProperty().get()).isEqualTo("1 imported, 0 duplicates skipped, 1 failed");
        onFx(() -> ((Stage) failures.getScene().getWindow()).close());
    }

    @Test
    void aQdpxFromTheDesktopIsOfferedForTheOpenProjectAndImported() throws Exception {
        Path qdpx = DeskSetImportTest.colleaguesQdpx(Files.createDirectories(base.resolve("mail")));
        Path dir = base.resolve("Desk.qstance");
        try (var store = org.quotestance.store.ProjectStore.openOrCreate(dir)) {
            store.saveInfo(new org.quotestance.model.ProjectInfo("Weather desk", org.quotestance.model.ProjectInfo.SCHEMA_VERSION,
                    DeskFixtures.codebook(), java.util.Map.of()));
            store.save(DeskFixtures.weather());
        }
        onFx(() -> vm.openProject(dir, false));

        onFx(() -> window.offerSetImport(qdpx));

        assertThat(asked).containsExactly("port coding.qdpx → Weather desk");
        assertThat(vm.articles().all()).extracting(ArticleSummary::title).contains(DeskFixtures.port().meta().title());
    }

    @Test
    void aQdpxCanGoIntoANewProjectOrNowhere() throws Exception {
        Path qdpx = DeskSetImportTest.colleaguesQdpx(Files.createDirectories(base.resolve("mail")));
        answer = SetImportPrompt.Target.NOWHERE;
        onFx(() -> window.offerSetImport(qdpx));
        assertThat(asked).containsExactly("port coding.qdpx → null");
        assertThat(vm.sessionProperty().get()).isNull();

        answer = SetImportPrompt.Target.NEW_PROJECT;
        dialogs.newProject = base.resolve("Port study.qstance");
        onFx(() -> window.offerSetImport(qdpx));
        assertThat(vm.sessionProperty().get().dir()).isEqualTo(dialogs.newProject);
        assertThat(vm.articles().all()).extracting(ArticleSummary::title).containsExactly(DeskFixtures.port().meta().title());
    }

    @Test
    void theSpeakerFieldKeepsTheNameWhenAnImportBringsNewSpeakers(FxRobot robot) {
        onFx(() -> vm.openProject(DeskFixtures.writeProject(base.resolve("Speakers.qstance")), false));
        String sorelId = DeskFixtures.sorel().id();
        onFx(() -> vm.articles().selectedProperty().set(vm.articles().all().stream()
                .filter(a -> a.id().equals(sorelId)).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> speaker = robot.lookup("#speaker-field").queryAs(javafx.scene.control.ComboBox.class);
        eventually(() -> assertThat(speaker.getEditor().getText()).isEqualTo("Ana Sorel"));

        var newcomer = new org.quotestance.model.Speaker("lena-brandt", "Lena Brandt", org.quotestance.model.SpeakerType.PERSON,
                List.of("union organiser"), null, List.of("Brandt"));
        onFx(() -> vm.article().registryProperty().set(vm.article().registryProperty().get().merge(List.of(newcomer))));

        assertThat(speaker.getItems()).contains("Lena Brandt");
        eventually(() -> assertThat(speaker.getEditor().getText()).isEqualTo("Ana Sorel"));
    }

    private static void eventually(Runnable assertion) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertion.run();
        });
    }
}
