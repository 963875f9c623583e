package org.quotestance.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per project. The lock is an OS file lock on {@code .lock}, which the OS releases when a
 * process dies; the file also names its holder (pid@host) for the message shown to a second process.
 * A lock file left by a killed process is therefore stale by construction and is simply taken over.
 */
public final class ProjectLock implements AutoCloseable {
    public static final String FILE = ".lock";
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean tookOverStale;

    private ProjectLock(FileChannel channel, FileLock lock, boolean tookOverStale) {
        this.channel = channel;
        this.lock = lock;
        this.tookOverStale = tookOverStale;
    }

    public static ProjectLock acquire(Path projectDir) {
        Path file = projectDir.resolve(FILE);
        try {
            String previous = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            if (lock == null) {
                ch.close();
                throw new ProjectLockedException(projectDir, previous.isEmpty() ? "unknown process" : "process " + previous);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new ProjectLock(ch, lock, !previous.isEmpty());
        } catch (IOException e) {
            throw new StoreException("Cannot lock the project " + projectDir + ": " + e.getMessage(), e);
        }
    }

    private static String holder() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    /** True when a lock file from a process that no longer runs was found and taken over. */
    public boolean tookOverStale() {
        return tookOverStale;
    }

    @Override
    public void close() {
        try {
            channel.truncate(0); // an empty lock file means "closed cleanly"
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the channel anyway
        }
    }
}
