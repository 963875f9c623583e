package org.quotestance.ui;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the window was started on, from its command line: the file manager (through the desktop
 * file's {@code %f}), a double click in Windows Explorer or a user in a terminal. A project folder,
 * or a project's {@code project.json}, names the project to open. A {@code .qdpx} file is not a
 * project: the window opens the usual project and offers to import the file into it (or into a
 * new project).
 *
 * @param project     the project folder to open, if one was named
 * @param setToImport an annotated set (.qdpx) to offer to import, if one was named
 */
public record LaunchRequest(Optional<Path> project, Optional<Path> setToImport) {
    public static final LaunchRequest NOTHING = new LaunchRequest(Optional.empty(), Optional.empty());
    static final String PROJECT_FILE = "project.json";
    static final String QDPX = ".qdpx";

    /** Reads the first argument that is not an option; the others are ignored (a window shows one project). */
    public static LaunchRequest parse(List<String> args) {
        for (String a : args) {
            if (a == null || a.isBlank() || a.startsWith("-")) {
                continue;
            }
            Optional<Path> p = pathOf(a.strip());
            if (p.isEmpty()) {
                return NOTHING;
            }
            Path path = p.get().toAbsolutePath().normalize();
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(QDPX)) {
                return new LaunchRequest(Optional.empty(), Optional.of(path));
            }
            if (name.equals(PROJECT_FILE) && path.getParent() != null) {
                return new LaunchRequest(Optional.of(path.getParent()), Optional.empty());
            }
            return new LaunchRequest(Optional.of(path), Optional.empty());
        }
        return NOTHING;
    }

    /**
     * True when these arguments are for the window rather than the command line: none, or a
     * single existing project folder, project.json or .qdpx file.
     */
    public static boolean isForWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        Optional<Path> p = pathOf(args[0].strip());
        if (p.isEmpty() || !Files.exists(p.get())) {
            return false;
        }
        String name = p.get().getFileName() == null ? "" : p.get().getFileName().toString();
        return Files.isDirectory(p.get()) || name.equals(PROJECT_FILE) || name.toLowerCase(Locale.ROOT).endsWith(QDPX);
    }

    /** A plain path, or a {@code file:} URI (what some file managers pass); nothing for other URIs. */
    private static Optional<Path> pathOf(String arg) {
        try {
            if (arg.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(Path.of(URI.create(arg)));
            }
            if (arg.matches("(?i)[a-z][a-z0-9+.-]+://.*")) {
                return Optional.empty();
            }
            return Optional.of(Path.of(arg));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
