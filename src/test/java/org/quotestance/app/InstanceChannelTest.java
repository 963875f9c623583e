package org.quotestance.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two "instances" of the app in one JVM, sharing a temporary data folder: the first opens the
 * channel, the second hands its launch over (or, when something is off, starts on its own).
 */
class InstanceChannelTest {
    @TempDir
    Path data;
    private final List<InstanceChannel> opened = new ArrayList<>();
    private final List<List<String>> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(InstanceChannel::close);
    }

    private InstanceChannel firstInstance() throws Exception {
        InstanceChannel c = InstanceChannel.openInBackground(data);
        opened.add(c);
        assertThat(c.awaitListening(Duration.ofSeconds(30))).isTrue();
        return c;
    }

    private Path addressFile() {
        return data.resolve(InstanceChannel.FILE);
    }

    private Path lockFile() {
        return data.resolve(InstanceLock.FILE);
    }

    @Test
    void aSecondLaunchHandsItsPathToTheFirstAsAnAbsolutePath() throws Exception {
        firstInstance().deliverTo(received::add);
        Path qdpx = Files.writeString(data.resolve("shared set.qdpx"), "zip");

        boolean handedOver = InstanceHandOff.toRunningInstance(data, List.of(qdpx.toString()));

        assertThat(handedOver).isTrue();
        assertThat(received).containsExactly(List.of(qdpx.toAbsolutePath().toString()));
    }

    @Test
    void aRelativePathIsResolvedInTheSecondLaunchsWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(InstanceHandOff.absolute(List.of("notes/Desk.qstance", "--flag", "file:///tmp/a.qdpx")))
                .containsExactly(cwd.resolve("notes/Desk.qstance").toString(), "--flag", "file:///tmp/a.qdpx");
    }

    @Test
    void aLaunchWithoutArgumentsIsHandedOverTooSoTheWindowComesToTheFront() throws Exception {
        firstInstance().deliverTo(received::add);

        assertThat(InstanceHandOff.toRunningInstance(data, List.of())).isTrue();

        assertThat(received).containsExactly(List.of());
    }

    @Test
    void requestsBeforeTheWindowIsReadyWaitAndComeInOrder() throws Exception {
        InstanceChannel channel = firstInstance();
        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/one.qdpx"))).isTrue();
        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/two.qdpx"))).isTrue();
        assertThat(received).isEmpty();

        channel.deliverTo(received::add);
        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/three.qdpx"))).isTrue();

        assertThat(received).containsExactly(List.of("/tmp/one.qdpx"), List.of("/tmp/two.qdpx"), List.of("/tmp/three.qdpx"));
    }

    @Test
    void withNoAddressFileTheLaunchStartsOnItsOwn() {
        assertThat(InstanceHandOff.toRunningInstance(data, List.of())).isFalse();
        assertThat(InstanceHandOff.toRunningInstance(data.resolve("never made"), List.of())).isFalse();
    }

    @Test
    void filesLeftByACrashedInstanceAreIgnoredAndTheNewInstanceTakesOver() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(addressFile(), deadPort + " 00112233445566778899aabbccddeeff\n");
        Files.writeString(lockFile(), ""); // no process holds a lock on it any more

        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/a.qdpx"), Duration.ofMinutes(5))).isFalse();

        firstInstance().deliverTo(received::add);
        assertThat(Files.readString(addressFile())).doesNotStartWith(deadPort + " ");
        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/a.qdpx"))).isTrue();
        assertThat(received).containsExactly(List.of("/tmp/a.qdpx"));
    }

    @Test
    void aLaunchWhileTheFirstWindowIsStillStartingWaitsForItsAddress() throws Exception {
        firstInstance().deliverTo(received::add);
        // The first window holds its lock but has not written its address yet.
        Path written = Files.move(addressFile(), data.resolve("address not yet written"));

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                () -> InstanceHandOff.toRunningInstance(data, List.of("/tmp/e.qdpx"), Duration.ofMinutes(5)));
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofMinutes(1)).until(() -> !second.isDone());
        Files.move(written, addressFile());

        assertThat(second.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(received).containsExactly(List.of("/tmp/e.qdpx"));
    }

    @Test
    void aWindowThatNeverWritesItsAddressIsWaitedForOnlyBriefly() throws Exception {
        firstInstance().deliverTo(received::add);
        Files.delete(addressFile());

        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/f.qdpx"), Duration.ofMillis(100))).isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsDelivered() throws Exception {
        firstInstance().deliverTo(received::add);
        String port = Files.readString(addressFile()).split(" ")[0];
        Files.writeString(addressFile(), port + " 0000000000000000000000000000dead\n");

        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/a.qdpx"), Duration.ofMillis(100))).isFalse();

        assertThat(received).isEmpty();
    }

    @Test
    void aPortThatAcceptsButNeverAnswersMeansStartingOnItsOwn() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Files.writeString(addressFile(), silent.getLocalPort() + " 00112233445566778899aabbccddeeff\n");
            assertThat(InstanceHandOff.toRunningInstance(data, List.of())).isFalse();
        }
    }

    @Test
    void aDamagedAddressFileMeansStartingOnItsOwn() throws Exception {
        for (String text : List.of("", "garbage", "99999 token", "-1 token", "12 ", "12 a b")) {
            Files.writeString(addressFile(), text);
            assertThat(InstanceHandOff.toRunningInstance(data, List.of())).as(text).isFalse();
        }
    }

    @Test
    void aClientThatIsNotOursGetsNoAnswerAndTheChannelKeepsWorking() throws Exception {
        firstInstance().deliverTo(received::add);
        int port = Integer.parseInt(Files.readString(addressFile()).split(" ")[0]);
        try (Socket stray = new Socket(InetAddress.getLoopbackAddress(), port)) {
            stray.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            stray.setSoTimeout(10_000);
            assertThat(stray.getInputStream().read()).isEqualTo(-1); // closed without a word
        }

        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/b.qdpx"))).isTrue();
        assertThat(received).containsExactly(List.of("/tmp/b.qdpx"));
    }

    @Test
    void theAddressFileIsForThisUserOnlyAndGoesWhenTheWindowCloses() throws Exception {
        InstanceChannel channel = firstInstance();
        if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(addressFile()))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        channel.close();

        assertThat(addressFile()).doesNotExist();
        assertThat(lockFile()).doesNotExist();
        assertThat(InstanceHandOff.toRunningInstance(data, List.of())).isFalse();
    }

    @Test
    void aSecondChannelWhileTheFirstHoldsTheLockTakesNoHandOffs() throws Exception {
        InstanceChannel first = firstInstance();
        first.deliverTo(received::add);
        String address = Files.readString(addressFile());

        InstanceChannel second = InstanceChannel.openInBackground(data);
        opened.add(second);
        assertThat(second.awaitListening(Duration.ofSeconds(30))).isFalse();
        second.close();

        assertThat(Files.readString(addressFile())).isEqualTo(address);
        assertThat(lockFile()).exists();
        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/c.qdpx"))).isTrue();
        assertThat(received).containsExactly(List.of("/tmp/c.qdpx"));
    }

    @Test
    void theHandOffCanBeTurnedOff() {
        String before = System.getProperty(InstanceHandOff.ENABLED);
        try {
            System.clearProperty(InstanceHandOff.ENABLED);
            assertThat(InstanceHandOff.isEnabled()).isTrue();
            System.setProperty(InstanceHandOff.ENABLED, "false");
            assertThat(InstanceHandOff.isEnabled()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(InstanceHandOff.ENABLED);
            } else {
                System.setProperty(InstanceHandOff.ENABLED, before);
            }
        }
    }

    @Test
    void anUnreadableFolderMeansNoChannelButNoFailure() throws Exception {
        Path file = Files.writeString(data.resolve("not a folder"), "x");
        InstanceChannel c = InstanceChannel.openInBackground(file);
        opened.add(c);
        assertThat(c.awaitListening(Duration.ofSeconds(30))).isFalse();
    }

    /** Only root can give a file away, so elsewhere this one is skipped. */
    @Test
    void anAddressFileOfAnotherUserIsNotUsed() throws Exception {
        firstInstance().deliverTo(received::add);
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Files.setOwner(addressFile(), data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        assertThat(InstanceHandOff.toRunningInstance(data, List.of("/tmp/d.qdpx"), Duration.ofMillis(100))).isFalse();
        assertThat(received).isEmpty();
    }
}
