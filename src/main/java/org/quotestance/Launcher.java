package org.quotestance;

import org.quotestance.app.AppDirs;
import org.quotestance.app.DesktopLogging;
import org.quotestance.cli.CommandLineMain;
import org.quotestance.ui.DesktopMain;

/**
 * The jar's main class. With no arguments (or only a project path) it opens the window; with a
 * command it runs the command line and never touches the display. It is not the class that
 * extends Application, so JavaFX can start from the class path (RichTextFX has no module-info).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (DesktopMain.wantsWindow(args)) {
            // The window logs to a file, a command only to stderr. Reading logback's configuration
            // costs about as much as JavaFX's own start, so the two run side by side (docs/adr/0603).
            DesktopLogging.startInBackground(AppDirs.current().logs());
            DesktopMain.launch(args);
        } else {
            System.exit(CommandLineMain.run(args));
        }
    }
}
