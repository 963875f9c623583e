package org.quotestance.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.quotestance.app.ProjectSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a second launch of the app handed to this window (docs/adr/0605), done as a start-up path
 * would be: the window comes to the front, a named project opens (the open one is not opened
 * again), a .qdpx is offered for import. Failures reach the user the way they do at start-up
 * (the desk's error dialog).
 */
final class HandedOverLaunch implements Consumer<List<String>> {
    private final DeskViewModel vm;
    private final DeskWindow window;
    private final Runnable toFront;

    HandedOverLaunch(DeskViewModel vm, DeskWindow window, Runnable toFront) {
        this.vm = vm;
        this.window = window;
        this.toFront = toFront;
    }

    /** Brings the stage to the front, also out of the task bar (iconified). */
    static Runnable toFront(Stage stage) {
        return () -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        };
    }

    /** Called on the channel's thread: the work goes to the FX thread. */
    @Override
    public void accept(List<String> args) {
        Platform.runLater(() -> open(LaunchRequest.parse(args)));
    }

    /** On the FX thread. */
    void open(LaunchRequest request) {
        toFront.run();
        request.project().filter(p -> !isOpen(p)).ifPresent(p -> vm.openProject(p, false));
        request.setToImport().ifPresent(window::offerSetImport);
    }

    private boolean isOpen(Path dir) {
        ProjectSession open = vm.sessionProperty().get();
        if (open == null) {
            return false;
        }
        try {
            return Files.isSameFile(open.dir(), dir);
        } catch (IOException | RuntimeException e) {
            return false; // the path does not exist (any more): opening it says so
        }
    }
}
