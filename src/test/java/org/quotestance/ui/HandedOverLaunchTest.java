package org.quotestance.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.AppDirs;
import org.quotestance.app.ArticleSummary;
import org.quotestance.app.InstanceChannel;
import org.quotestance.app.InstanceHandOff;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.UserSettingsStore;
import org.quotestance.model.ProjectInfo;
import org.quotestance.store.ProjectStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second launch hands its path to the running window through the real channel (in a temporary
 * data folder): the desk opens the project, offers the .qdpx, or just comes to the front.
 */
@ExtendWith(ApplicationExtension.class)
class HandedOverLaunchTest {
    @TempDir
    static Path tmp;
    private static int run;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger fronted = new AtomicInteger();
    private DeskViewModel vm;
    private InstanceChannel channel;
    private Path base;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        base = tmp.resolve("run" + run++);
        AppDirs dirs = new AppDirs(base.resolve("config"), base.resolve("data"), base.resolve("state"));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), new FxThread(),
                (what, cause) -> errors.add(what + ": " + ErrorDialog.reason(cause)));
        vm = new DeskViewModel(tasks, DeskViewModel.SettingsPort.of(new UserSettingsStore(dirs)));
        DeskWindow window = new DeskWindow(vm, new FakeFileDialogs(), (file, project) -> {
            asked.add(file.getFileName() + " → " + project);
            return SetImportPrompt.Target.OPEN_PROJECT;
        }, () -> { });
        stage.setScene(new Scene(window, 1000, 700));
        stage.sizeToScene();
        stage.show();
        channel = InstanceChannel.openInBackground(dirs.data());
        channel.deliverTo(new HandedOverLaunch(vm, window, fronted::incrementAndGet));
        assertThat(channel.awaitListening(Duration.ofSeconds(30))).isTrue();
    }

    @AfterEach
    void close() {
        channel.close();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(vm::closeNow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean secondLaunch(Path... args) {
        return InstanceHandOff.toRunningInstance(base.resolve("data"), List.of(args).stream().map(Path::toString).toList());
    }

    private static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertion.run();
        });
    }

    @Test
    void aProjectHandedOverOpensInTheRunningWindow() {
        Path project = DeskFixtures.writeProject(base.resolve("Alliance.qstance"));

        assertThat(secondLaunch(project.resolve("project.json"))).isTrue();

        eventually(() -> assertThat(vm.projectNameProperty().get()).isEqualTo("Alliance coverage"));
        assertThat(vm.sessionProperty().get().dir()).isEqualTo(project.toAbsolutePath());
        assertThat(vm.articles().all()).hasSize(3);
        assertThat(fronted).hasValue(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void theOpenProjectHandedOverAgainOnlyComesToTheFront() {
        Path project = DeskFixtures.writeProject(base.resolve("Alliance.qstance"));
        assertThat(secondLaunch(project)).isTrue();
        eventually(() -> assertThat(vm.sessionProperty().get()).isNotNull());
        var first = vm.sessionProperty().get();

        assertThat(secondLaunch(project)).isTrue();

        eventually(() -> assertThat(fronted).hasValue(2));
        assertThat(vm.sessionProperty().get()).isSameAs(first);
        assertThat(errors).isEmpty();
    }

    @Test
    void aQdpxHandedOverIsOfferedToTheOpenProjectAndImported() throws Exception {
        Path project = base.resolve("Weather.qstance");
        try (ProjectStore store = ProjectStore.openOrCreate(project)) {
            store.saveInfo(new ProjectInfo("Weather desk", ProjectInfo.SCHEMA_VERSION, DeskFixtures.codebook(), Map.of()));
            store.save(DeskFixtures.weather());
        }
        assertThat(secondLaunch(project)).isTrue();
        eventually(() -> assertThat(vm.sessionProperty().get()).isNotNull());
        Path qdpx = DeskSetImportTest.colleaguesQdpx(Files.createDirectories(base.resolve("mail")));

        assertThat(secondLaunch(qdpx)).isTrue();

        eventually(() -> assertThat(asked).containsExactly("port coding.qdpx → Weather desk"));
        eventually(() -> assertThat(vm.messageProperty().get()).startsWith("port coding.qdpx: 1 article added"));
        assertThat(vm.articles().all()).extracting(ArticleSummary::title).contains(DeskFixtures.port().meta().title());
    }

    @Test
    void aLaunchWithoutAPathBringsTheWindowToTheFront() {
        assertThat(secondLaunch()).isTrue();

        eventually(() -> assertThat(fronted).hasValue(1));
        assertThat(vm.sessionProperty().get()).isNull();
    }

    @Test
    void aFolderThatIsNoProjectGetsTheMessageAStartUpPathWould() throws Exception {
        Path notAProject = Files.createDirectories(base.resolve("holiday photos"));

        assertThat(secondLaunch(notAProject)).isTrue();

        eventually(() -> assertThat(errors).singleElement().asString()
                .contains("holiday photos").contains("is not a QuoteStance project"));
    }
}
