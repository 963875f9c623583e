package org.quotestance.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The operating system's file choosers behind an interface (CONVENTIONS.md §6), so that tests of
 * the whole window run with a fake that answers at once.
 */
public interface FileDialogs {
    /** An existing project folder to open. */
    Optional<Path> chooseProjectToOpen();

    /** Where to make a new project (a folder that may not exist yet). */
    Optional<Path> chooseNewProject();

    /** Files (and folders' files) to import; empty when the user cancelled. */
    List<Path> chooseFilesToImport();
}
