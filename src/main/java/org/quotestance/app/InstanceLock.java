package org.quotestance.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Says "a window of this user is starting or running" from the moment its channel thread starts,
 * long before the address file exists (docs/adr/0605): an OS file lock on {@value #FILE} in the data
 * folder, held for the life of the process. The OS drops it when the process dies, so a file left
 * by a crash is not mistaken for a running window. A clean exit removes the file, so a launch with
 * no window running needs one look for a missing file, never a lock attempt.
 */
final class InstanceLock implements AutoCloseable {
    static final String FILE = "running-instance.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another instance holds it. */
    static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM (tests run two instances in one)
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        return Optional.of(new InstanceLock(file, ch, lock));
    }

    /** True while another instance holds the lock; a file left by a crash is not held. */
    static boolean isHeldElsewhere(Path dataDir) {
        if (!Files.exists(dataDir.resolve(FILE))) {
            return false;
        }
        try {
            Optional<InstanceLock> mine = tryAcquire(dataDir);
            // Free: a crash left it. Released at once (the new window's channel takes it again).
            mine.ifPresent(l -> l.release(false));
            return mine.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Releases the lock and removes the file: the next launch then finds nothing to try. */
    @Override
    public void close() {
        release(true);
    }

    private void release(boolean delete) {
        try {
            // Released before the delete: Windows cannot delete a file that is open.
            lock.release();
            channel.close();
            if (delete) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
