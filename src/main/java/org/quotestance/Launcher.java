package org.quotestance;

import org.quotestance.app.AppDirs;
import org.quotestance.app.DesktopLogging;
import org.quotestance.app.InstanceChannel;
import org.quotestance.app.InstanceHandOff;
import org.quotestance.cli.CommandLineMain;
import org.quotestance.ui.DesktopMain;

import java.util.List;

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
            AppDirs dirs = AppDirs.current();
            boolean single = InstanceHandOff.isEnabled();
            // A window of this user runs already: it opens the path (or just comes to the front) and
            // this process leaves without a window. With none running this is one look for a missing
            // file (docs/adr/0605).
            if (single && InstanceHandOff.toRunningInstance(dirs.data(), List.of(args))) {
                System.err.println("QuoteStance is already running; handed over to its window.");
                System.exit(0);
            }
            // The window logs to a file, a command only to stderr. Reading logback's configuration
            // costs about as much as JavaFX's own start, so the two run side by side (docs/adr/0603).
            // Logging first: the channel's thread may log, and must find logback being set up.
            DesktopLogging.startInBackground(dirs.logs());
            DesktopMain.launch(args, single ? InstanceChannel.openInBackground(dirs.data()) : null);
        } else {
            System.exit(CommandLineMain.run(args));
        }
    }
}
