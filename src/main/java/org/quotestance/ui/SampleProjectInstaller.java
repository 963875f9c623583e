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
        return () -> Optional.of(org.quotestance.app.SampleProject.ensureInstalled(dirs));
    }
}
