package org.quotestance.ui;

import javafx.stage.Screen;
import javafx.stage.Stage;
import org.quotestance.app.UserSettings;

/**
 * The main window's place, size and split dividers, kept in the user's settings between runs.
 * A place that is no longer on any screen (a monitor was unplugged) is not restored.
 */
final class WindowPlacement {
    /** Smaller than this is not a size anyone chose: the default size is kept. */
    static final double MIN_REMEMBERED = 200;

    private WindowPlacement() {
    }

    static UserSettings.WindowLayout capture(Stage stage, DeskWindow window) {
        return new UserSettings.WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), window.dividers());
    }

    /** Before the stage is shown: its place and size. */
    static void restore(Stage stage, UserSettings.WindowLayout w) {
        if (w == null) {
            return;
        }
        boolean onScreen = !Screen.getScreensForRectangle(w.x(), w.y(), Math.max(1, w.width()), Math.max(1, w.height())).isEmpty();
        if (onScreen && w.width() > MIN_REMEMBERED && w.height() > MIN_REMEMBERED) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
        }
        stage.setMaximized(w.maximized());
    }

    /** After the stage is shown (the split knows its width only then): the dividers. */
    static void restoreDividers(DeskWindow window, UserSettings.WindowLayout w) {
        if (w != null) {
            window.restoreDividers(w.dividers());
        }
    }
}
