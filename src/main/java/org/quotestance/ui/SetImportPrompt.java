package org.quotestance.ui;

import java.nio.file.Path;

/**
 * Asks where an annotated set opened from the desktop should go. Behind an interface
 * (CONVENTIONS.md §6) so that window tests answer at once.
 */
@FunctionalInterface
public interface SetImportPrompt {
    enum Target { OPEN_PROJECT, NEW_PROJECT, NOWHERE }

    /**
     * @param file        the .qdpx file
     * @param openProject the name of the project that is open, or null when none is
     */
    Target ask(Path file, String openProject);
}
