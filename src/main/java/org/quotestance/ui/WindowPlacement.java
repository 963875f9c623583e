package org.quotestance.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotestance.app.UserSettings;

import java.util.Arrays;
import java.util.List;

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
            restoreDividers(window, w.dividers());
        }
    }

    /**
     * The split's first layout in a new window places the non-resizable side panes by their own
     * sizes, and they keep their width in pixels when the window grows: so the positions are
     * applied again after the first layout pass in which the split fills the window (unless the
     * analyst has moved a divider by then).
     */
    static void restoreDividers(DeskWindow window, List<Double> positions) {
        SplitPane split = window.split();
        if (positions.size() != split.getDividers().size()) {
            return;
        }
        double[] p = positions.stream().mapToDouble(Double::doubleValue).toArray();
        split.setDividerPositions(p);
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        EventHandler<MouseEvent> moved = e -> scene.removePostLayoutPulseListener(once[0]);
        once[0] = () -> {
            if (fillsWindow(scene, split)) {
                scene.removePostLayoutPulseListener(once[0]);
                split.removeEventFilter(MouseEvent.MOUSE_PRESSED, moved);
                if (!Arrays.equals(split.getDividerPositions(), p)) {
                    split.setDividerPositions(p);
                }
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, moved);
    }

    /** The split is as wide as the window it is in (allowing for the window's borders). */
    private static boolean fillsWindow(Scene scene, SplitPane split) {
        Window w = scene.getWindow();
        return w != null && w.isShowing() && split.getWidth() > 0 && split.getWidth() >= w.getWidth() - 40;
    }
}
