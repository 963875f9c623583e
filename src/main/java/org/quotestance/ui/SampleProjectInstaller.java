package org.quotestance.ui;

import org.quotestance.app.AppDirs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The first-run project: the bundled sample, installed into the data folder when it is not there yet. */
final class SampleProjectInstaller {
    private SampleProjectInstaller() {
    }

    static Supplier<Optional<Path>> forDirs(AppDirs dirs) {
        // TODO(import issue): app.SampleProject.ensureInstalled(dirs) replaces this empty project.
        return () -> {
            Path p = dirs.data().resolve("Sample.qstance");
            org.quotestance.store.ProjectStore.openOrCreate(p).close();
            return Optional.of(p);
        };
    }
}
