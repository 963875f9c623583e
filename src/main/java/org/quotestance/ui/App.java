package org.quotestance.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.quotestance.app.AppDirs;
import org.quotestance.app.BackgroundTaskExecutor;
import org.quotestance.app.ClassDataArchive;
import org.quotestance.app.TaskExecutor;
import org.quotestance.app.UserSettings;
import org.quotestance.app.UserSettingsStore;
import org.quotestance.ui.about.AppIcons;

/**
 * The JavaFX application: wires the real services (worker threads, file choosers, error dialogs,
 * settings in the config folder) into the desk and opens the start-up project.
 */
public final class App extends Application {
    private AppDirs dirs;
    private UserSettingsStore settingsStore;
    private UserSettings settings;
    private TaskExecutor executor;
    private DeskViewModel vm;
    private DeskWindow window;

    /** Runs on the launcher thread, not the FX thread: reading the settings file is fine here. */
    @Override
    public void init() {
        dirs = AppDirs.current();
        settingsStore = new UserSettingsStore(dirs);
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        // The theme goes first: the first control class to load otherwise installs JavaFX's own
        // Modena stylesheet (parsed, then thrown away when the theme replaces it; docs/adr/0604).
        Theme theme = Theme.of(settings.theme());
        theme.applyBase();
        executor = new BackgroundTaskExecutor();
        UiTasks tasks = new UiTasks(executor, new FxThread(), new ErrorDialog(stage));
        vm = new DeskViewModel(tasks, DeskViewModel.SettingsPort.of(settingsStore));
        vm.settingsProperty().set(settings);
        window = new DeskWindow(vm, new FxFileDialogs(stage), this::quit);
        window.applyTheme(theme);
        Scene scene = window.sceneOf(1280, 820);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        WindowPlacement.restore(stage, settings.window());
        stage.setOnCloseRequest(e -> rememberLayout(stage));
        stage.show();
        WindowPlacement.restoreDividers(window, settings.window());
        window.focusArticle();

        StartupMilestones milestones = StartupMilestones.fromSystemProperties();
        vm.sessionProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                vm.sessionProperty().removeListener(this);
                // An app-image unpacked from the tar.gz has no class-data archive yet (docs/adr/0603).
                milestones.afterNextPulse(scene, "project", () -> {
                    if (milestones.toursTabs()) {
                        tourTabs(scene, milestones);
                        return;
                    }
                    ClassDataArchive.ofRunningAppImage().filter(ClassDataArchive::isMissing)
                            .ifPresent(ClassDataArchive::makeInBackground);
                });
            }
        });
        // The project opens once the first frame is out: reading it (and installing the sample on a
        // first run) would otherwise take CPU from the window's first layout (docs/adr/0603).
        LaunchRequest request = LaunchRequest.parse(getParameters().getRaw());
        milestones.afterNextPulse(scene, "frame", () -> {
            vm.openAtStart(() -> StartupProject.choose(request, settings, SampleProjectInstaller.forDirs(dirs)))
                    .thenRun(() -> {
                        // Later launches' requests wait in the channel until the start-up project is
                        // open, so a .qdpx handed over meanwhile is offered to a project (docs/adr/0605).
                        DesktopMain.handOffChannel().ifPresent(c -> c.deliverTo(
                                new HandedOverLaunch(vm, window, HandedOverLaunch.toFront(stage))));
                        request.setToImport().ifPresent(window::offerSetImport);
                    });
            // Decoding seven PNGs (and GTK scaling them) would delay the first frame; the window
            // manager takes the icon a moment later just as well.
            stage.getIcons().setAll(AppIcons.all());
        });
    }

    /** The class-data training run: search, then the codebook, each drawn once, then quit ("tabs"). */
    private void tourTabs(Scene scene, StartupMilestones milestones) {
        window.openSearch();
        milestones.afterNextPulse(scene, "search", () -> {
            window.openCodebook();
            milestones.afterNextPulse(scene, "codebook", () -> milestones.reached("tabs"));
        });
    }

    private void rememberLayout(Stage stage) {
        if (vm == null || window == null) {
            return;
        }
        UserSettings.WindowLayout layout = WindowPlacement.capture(stage, window);
        vm.saveSettingsNow(s -> s.withWindow(layout));
    }

    private void quit() {
        Stage stage = (Stage) window.getScene().getWindow();
        rememberLayout(stage);
        Platform.exit();
    }

    @Override
    public void stop() {
        DesktopMain.handOffChannel().ifPresent(c -> c.close());
        if (vm != null) {
            vm.closeNow();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
