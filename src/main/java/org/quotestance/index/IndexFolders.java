package org.quotestance.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** The {@code index/v<N>} folders: finding a commit, dropping other schema versions. */
final class IndexFolders {
    private IndexFolders() {
    }

    static boolean hasCommit(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        }
    }

    /** Deletes every {@code v<N>} folder but the current one; true when there was one. */
    static boolean removeOtherVersions(Path root, Path current) throws IOException {
        boolean found = false;
        try (Stream<Path> children = Files.list(root)) {
            for (Path p : children.toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && name.matches("v\\d+") && !p.equals(current)) {
                    deleteTree(p);
                    found = true;
                }
            }
        }
        return found;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
