package org.quotestance.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A second launch's end of the single-instance hand-off (docs/adr/0605): if a window of this user
 * runs (its {@link InstanceChannel} announced itself in the data folder), send it the arguments and
 * let this process exit. Anything unexpected — no file, a file left by a crash, a refused or silent
 * port, a wrong token, a file of another user — means "start normally". A window that is starting
 * holds an {@link InstanceLock} before its address exists; a launch then waits for the address.
 */
public final class InstanceHandOff {
    /** {@code -Dquotestance.singleInstance=false} turns the hand-off off: every launch opens its own window. */
    public static final String ENABLED = "quotestance.singleInstance";
    /** How long a running instance may take to connect and answer before this launch starts on its own. */
    static final int TIMEOUT_MS = 1_000;
    /** How long to wait for a window that is starting (it holds the lock) to write its address. */
    static final Duration STARTING_WAIT = Duration.ofSeconds(2);
    private static final long POLL_MS = 25;

    private InstanceHandOff() {
    }

    public static boolean isEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty(ENABLED, "true").strip());
    }

    /**
     * Hands {@code args} to the running instance. True once it answered "ok": this process has
     * nothing left to do. With no instance running this costs two looks for missing files. A window
     * that is still starting (its lock is held, its address not yet written) is waited for up to 2 s.
     */
    public static boolean toRunningInstance(Path dataDir, List<String> args) {
        return toRunningInstance(dataDir, args, STARTING_WAIT);
    }

    static boolean toRunningInstance(Path dataDir, List<String> args, Duration startingWait) {
        Path file = dataDir.resolve(InstanceChannel.FILE);
        List<String> request;
        try {
            request = absolute(args);
        } catch (RuntimeException e) {
            return false; // not a path this system can name: the normal start says so
        }
        if (trySend(file, request)) {
            return true;
        }
        if (!InstanceLock.isHeldElsewhere(dataDir)) {
            return false; // nothing runs (or it crashed): start normally
        }
        long deadline = System.nanoTime() + startingWait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
                if (trySend(file, request)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static boolean trySend(Path file, List<String> request) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Optional<Address> address = read(file);
            return address.isPresent() && send(address.get(), request);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The port and token from the address file, if it is well formed and this user's own. */
    static Optional<Address> read(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null && !posix.getOwner().getName().equals(System.getProperty("user.name"))) {
            return Optional.empty(); // another user's window (a shared quotestance.home): not ours to use
        }
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("\\d{1,5}") || parts[1].isEmpty()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(parts[0]);
        return port > 0 && port < 65_536 ? Optional.of(new Address(port, parts[1])) : Optional.empty();
    }

    static boolean send(Address address, List<String> args) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeUTF(InstanceChannel.GREETING);
            out.writeUTF(address.token());
            out.writeInt(args.size());
            for (String a : args) {
                out.writeUTF(a);
            }
            out.flush();
            return InstanceChannel.OK.equals(new DataInputStream(socket.getInputStream()).readUTF());
        }
    }

    /**
     * Paths made absolute here: the running window has another working directory. Options and
     * {@code file:} URIs pass as they are.
     */
    static List<String> absolute(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (String a : args) {
            boolean asIs = a == null || a.isBlank() || a.startsWith("-") || a.regionMatches(true, 0, "file:", 0, 5);
            out.add(asIs ? a : Path.of(a.strip()).toAbsolutePath().normalize().toString());
        }
        return out;
    }

    /** Where the running instance listens (loopback) and the token it wants to see. */
    record Address(int port, String token) {
    }
}
