package org.quotestance.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers file choosers at once with what the test put in. */
final class FakeFileDialogs implements FileDialogs {
    Path projectToOpen;
    Path newProject;
    final List<Path> filesToImport = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(projectToOpen);
    }

    @Override
    public Optional<Path> chooseNewProject() {
        return Optional.ofNullable(newProject);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return List.copyOf(filesToImport);
    }
}
