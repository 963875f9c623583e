package org.quotestance.ui;

import javafx.application.Application;

import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the window; kept apart from {@link App} so the launcher decides without loading JavaFX. */
public final class DesktopMain {
    private DesktopMain() {
    }

    /** No arguments, or a single existing path (a project folder, project.json or a .qdpx file). */
    public static boolean wantsWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-") && Files.exists(Path.of(args[0]))
                && (Files.isDirectory(Path.of(args[0])) || args[0].endsWith("project.json") || args[0].endsWith(".qdpx"));
    }

    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}
