package org.quotestance.ui;

import org.quotestance.app.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which project the window opens with: the one named on the command line, else the last one used
 * (if it still exists), else the bundled sample project (installed on first run).
 */
public final class StartupProject {
    private StartupProject() {
    }

    public static Optional<Path> choose(List<String> args, UserSettings settings, Supplier<Optional<Path>> sample) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                Path p = Path.of(a).toAbsolutePath().normalize();
                return Optional.of(p.getFileName() != null && p.getFileName().toString().equals("project.json") ? p.getParent() : p);
            }
        }
        for (String recent : settings.recentProjects()) {
            Path p = Path.of(recent);
            if (Files.isRegularFile(p.resolve("project.json"))) {
                return Optional.of(p);
            }
        }
        return sample.get();
    }
}
