package org.quotestance.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic replacement of files: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash at any instant leaves either the old or the new file.
 */
public final class AtomicFiles {
    /** Temp files end with this, so a crashed write is recognised and swept on open. */
    public static final String TEMP_SUFFIX = ".tmp~";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temp = writeTemp(target, content, true);
        move(temp, target);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Writes many files with one fsync round: all temps are written and synced, then renamed, then
     * each folder touched is synced once. Used by batch imports. The fsyncs of a round run side by
     * side ({@link ParallelSync}): one after another they kept an import's saving thread waiting on
     * the disk for about a millisecond an article, with both cores idle.
     */
    public static void writeAll(List<Path> targets, List<byte[]> contents) throws IOException {
        if (targets.size() != contents.size()) {
            throw new IllegalArgumentException("targets and contents differ in size");
        }
        Path[] temps = new Path[targets.size()];
        try {
            ParallelSync.forEach(temps.length, i -> temps[i] = writeTemp(targets.get(i), contents.get(i), true));
        } catch (IOException | RuntimeException e) {
            for (Path t : temps) {
                if (t != null) {
                    Files.deleteIfExists(t); // nothing of a failed round is renamed
                }
            }
            throw e;
        }
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (int i = 0; i < temps.length; i++) {
            move(temps[i], targets.get(i));
            folders.add(targets.get(i).toAbsolutePath().getParent());
        }
        List<Path> touched = List.copyOf(folders);
        ParallelSync.forEach(touched.size(), i -> syncFolder(touched.get(i)));
    }

    private static Path writeTemp(Path target, byte[] content, boolean sync) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (sync) {
                ch.force(true);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename durable. Not every platform can open a folder; there the rename is enough. */
    static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot fsync a directory; NTFS renames are journaled.
        }
    }

    /** Deletes temp files left by a crashed write under {@code root}; returns how many. */
    public static int sweepTemps(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (var files = Files.walk(root)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList();
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
            return temps.size();
        }
    }
}
