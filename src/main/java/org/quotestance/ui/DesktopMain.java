package org.quotestance.ui;

import javafx.application.Application;

/** Starts the window; kept apart from {@link App} so the launcher decides without loading JavaFX. */
public final class DesktopMain {
    private DesktopMain() {
    }

    /** No arguments, or a single existing path (a project folder, project.json or a .qdpx file). */
    public static boolean wantsWindow(String[] args) {
        return LaunchRequest.isForWindow(args);
    }

    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}
