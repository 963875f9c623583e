package org.quotestance.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The running window's end of the single-instance hand-off (docs/adr/0605): a loopback-only server
 * socket on a port the system picks, announced with a random token in {@value #FILE} in the user's data
 * folder. A second launch ({@link InstanceHandOff}) sends its arguments there instead of opening a
 * second window. Before the address exists, an {@link InstanceLock} already tells later launches
 * that a window is starting. Requests that come before the window can take them wait here; none is
 * dropped.
 */
public final class InstanceChannel implements AutoCloseable {
    /** The address file in the data folder: "port token". */
    public static final String FILE = "running-instance";
    static final String GREETING = "QuoteStance hand-off 1";
    static final String OK = "ok";
    static final String REFUSED = "refused";
    /** A launch has at most one path; the limit only keeps a stray client from making us read much. */
    static final int MAX_ARGS = 16;
    /** How long one connection may take to send its request, so a stray client cannot hold the channel. */
    private static final int READ_TIMEOUT_MS = 2_000;

    private final Path file;
    /** A latch, not a CompletableFuture: that class would start ForkJoinPool on the launcher's thread. */
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile boolean listening;
    private final List<List<String>> waiting = new ArrayList<>();
    private Consumer<List<String>> receiver;
    private volatile String token;
    private volatile String announced;
    private ServerSocket server;
    private volatile InstanceLock lock;
    private boolean closed;

    /**
     * Asked for only when there is something to say, and never on the launcher's thread: the first
     * logger sets logback up, which the launcher leaves to {@link DesktopLogging#startInBackground}.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(InstanceChannel.class);
    }

    private InstanceChannel(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /**
     * Opens the channel on a daemon thread and returns at once: binding, the random token and the
     * address file cost the window's start nothing (they run beside JavaFX's own start).
     */
    public static InstanceChannel openInBackground(Path dataDir) {
        InstanceChannel channel = new InstanceChannel(dataDir);
        // A plain class, not a lambda: the launcher's thread should not spin one up for this.
        Thread t = new Thread("instance-channel") {
            @Override
            public void run() {
                channel.listen();
            }
        };
        t.setDaemon(true);
        t.start();
        return channel;
    }

    /**
     * Waits until the channel is open or has failed: true once the address file is written and
     * requests are taken, false if that failed (or did not happen in time).
     */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return opened.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && listening;
    }

    /**
     * From now on requests go to {@code receiver} (on the channel's thread: it must only hand them to
     * its own thread, not block); those that came earlier go first, in order.
     */
    public synchronized void deliverTo(Consumer<List<String>> receiver) {
        // Under the lock, like take(): a request arriving now cannot overtake the earlier ones.
        this.receiver = receiver;
        waiting.forEach(receiver);
        waiting.clear();
    }

    private void listen() {
        // The lock first: from here on a second launch knows a window is coming and waits for its address.
        try {
            Optional<InstanceLock> held = InstanceLock.tryAcquire(file.getParent());
            if (held.isEmpty()) {
                log().info("Another QuoteStance window of this user holds {}: this one takes no hand-offs",
                        file.resolveSibling(InstanceLock.FILE));
                opened.countDown();
                return;
            }
            lock = held.get();
        } catch (IOException | RuntimeException e) {
            log().warn("No single-instance hand-off: cannot lock {} ({})", file.resolveSibling(InstanceLock.FILE), e.toString());
            opened.countDown();
            return;
        }
        try (ServerSocket s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            synchronized (this) {
                if (closed) {
                    close(); // (again: it may have come before the lock was ours)
                    opened.countDown();
                    return; // the window closed before the channel was open
                }
                server = s;
            }
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
            announce(s.getLocalPort());
            // A window ended by a signal (logout, kill) never reaches Application.stop(); without the
            // file the next launch need not try a dead port first.
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "instance-channel-close"));
            listening = true;
            opened.countDown();
            while (!s.isClosed()) {
                try (Socket client = s.accept()) {
                    serve(client);
                } catch (IOException | RuntimeException e) {
                    if (!s.isClosed()) {
                        log().debug("A hand-off connection failed", e);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The window works without it; a second launch then opens a second window, as before.
            log().warn("No single-instance hand-off: cannot open {} ({})", file, e.toString());
            // Holding the lock without an address would make every later launch wait for nothing.
            close();
            opened.countDown();
        }
    }

    /**
     * Writes "port token" atomically: a second launch never reads half a file. The temporary file is
     * made readable by this user only (POSIX), so another user cannot learn the token.
     */
    private void announce(int port) throws IOException {
        Files.createDirectories(file.getParent());
        String text = port + " " + token + "\n";
        Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            announced = text;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void serve(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MS);
        DataInputStream in = new DataInputStream(client.getInputStream());
        DataOutputStream out = new DataOutputStream(client.getOutputStream());
        if (!GREETING.equals(in.readUTF())) {
            return; // not one of ours: say nothing
        }
        String offered = in.readUTF();
        if (!MessageDigest.isEqual(offered.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
            log().warn("Refused a hand-off with a wrong token (an old address file, or not our user)");
            out.writeUTF(REFUSED);
            out.flush();
            return;
        }
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) {
            out.writeUTF(REFUSED);
            out.flush();
            return;
        }
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(in.readUTF());
        }
        log().info("A second launch handed over {}", args);
        take(List.copyOf(args));
        // "ok" only once the request is in our hands: the other process exits on it.
        out.writeUTF(OK);
        out.flush();
    }

    private synchronized void take(List<String> args) {
        if (receiver == null) {
            waiting.add(args);
        } else {
            receiver.accept(args);
        }
    }

    /** Stops listening and removes the address file if it is still ours (a newer instance may have taken over). */
    @Override
    public void close() {
        ServerSocket s;
        synchronized (this) {
            closed = true;
            s = server;
        }
        try {
            if (s != null) {
                s.close();
            }
            String text = announced;
            if (text != null && Files.isRegularFile(file) && text.equals(Files.readString(file, StandardCharsets.US_ASCII))) {
                Files.deleteIfExists(file);
            }
            InstanceLock l = lock;
            if (l != null) {
                lock = null;
                l.close();
            }
        } catch (IOException | RuntimeException e) {
            log().debug("Closing the hand-off channel", e);
        }
    }
}
