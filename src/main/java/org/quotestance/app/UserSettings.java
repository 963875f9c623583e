package org.quotestance.app;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs, kept in the platform's config folder.
 *
 * @param recentProjects most recent first, at most {@link #MAX_RECENT}
 * @param theme          "light" or "dark"
 * @param window         last window geometry and divider positions, or null
 */
public record UserSettings(List<String> recentProjects, String theme, WindowLayout window) {
    public static final int MAX_RECENT = 10;
    public static final UserSettings DEFAULTS = new UserSettings(List.of(), "light", null);

    public UserSettings {
        recentProjects = List.copyOf(recentProjects == null ? List.of() : recentProjects);
        theme = theme == null ? "light" : theme;
    }

    /** x, y, width, height of the main window and the positions of its split dividers. */
    public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                               List<Double> dividers) {
        public WindowLayout {
            dividers = List.copyOf(dividers == null ? List.of() : dividers);
        }
    }

    public UserSettings withRecent(String projectPath) {
        List<String> r = new ArrayList<>(recentProjects);
        r.remove(projectPath);
        r.add(0, projectPath);
        return new UserSettings(r.subList(0, Math.min(r.size(), MAX_RECENT)), theme, window);
    }

    public UserSettings withTheme(String t) {
        return new UserSettings(recentProjects, t, window);
    }

    public UserSettings withWindow(WindowLayout w) {
        return new UserSettings(recentProjects, theme, w);
    }
}
