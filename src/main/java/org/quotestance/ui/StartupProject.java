package org.quotestance.ui;

import org.quotestance.app.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which project the window opens with: the one named on the command line, else the last one used
 * (if it still exists), else the bundled sample project (installed on first run). A .qdpx named on
 * the command line does not name a project: the usual one opens (see {@link LaunchRequest}).
 */
public final class StartupProject {
    private StartupProject() {
    }

    public static Optional<Path> choose(LaunchRequest request, UserSettings settings, Supplier<Optional<Path>> sample) {
        if (request.project().isPresent()) {
            return request.project();
        }
        for (String recent : settings.recentProjects()) {
            Path p = Path.of(recent);
            if (Files.isRegularFile(p.resolve(LaunchRequest.PROJECT_FILE))) {
                return Optional.of(p);
            }
        }
        return sample.get();
    }
}
