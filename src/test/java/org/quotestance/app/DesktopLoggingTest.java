package org.quotestance.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopLoggingTest {
    private Thread.UncaughtExceptionHandler handlerBefore;

    @BeforeEach
    void rememberHandler() {
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        // TestFX's own handler records exceptions and rethrows them in a later UI test; keep it out.
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @AfterEach
    void restoreTestLogging() throws Exception {
        System.clearProperty(DesktopLogging.LOG_DIR_VARIABLE);
        System.clearProperty("logback.configurationFile");
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        JoranConfigurator c = new JoranConfigurator();
        c.setContext(ctx);
        c.doConfigure(getClass().getClassLoader().getResource("logback-test.xml"));
    }

    @Test
    void anInfoLineFromTheAppLandsInTheLogFileAndNotDebug(@TempDir Path tmp) throws Exception {
        Path logDir = tmp.resolve("state/quotestance");

        Optional<Path> file = DesktopLogging.start(logDir);
        LoggerFactory.getLogger("org.quotestance.ui.Probe").info("opened project Harbour Strike 2031");
        LoggerFactory.getLogger("org.quotestance.ui.Probe").debug("noise that must stay out");
        LoggerFactory.getLogger("org.apache.lucene.Chatty").info("library info stays out");

        assertThat(file).contains(logDir.resolve("quotestance.log"));
        String text = Files.readString(file.orElseThrow(), StandardCharsets.UTF_8);
        assertThat(text).contains("opened project Harbour Strike 2031")
                .contains("INFO")
                .contains("QuoteStance " + Version.get())
                .doesNotContain("noise that must stay out")
                .doesNotContain("library info stays out");
    }

    @Test
    void setUpOnItsOwnThreadLoggingEndsUpInTheFile(@TempDir Path tmp) throws Exception {
        Path logDir = tmp.resolve("state/quotestance");

        Thread setup = DesktopLogging.startInBackground(logDir);
        setup.join();
        LoggerFactory.getLogger("org.quotestance.ui.Probe").info("first frame shown");

        assertThat(setup.isDaemon()).as("never keeps the app from exiting").isTrue();
        String text = Files.readString(logDir.resolve("quotestance.log"), StandardCharsets.UTF_8);
        assertThat(text).contains("QuoteStance " + Version.get()).contains("first frame shown");
    }

    @Test
    void anUncaughtExceptionIsWrittenToTheLogFile(@TempDir Path tmp) throws Exception {
        Path file = DesktopLogging.start(tmp).orElseThrow();

        Thread t = new Thread(() -> {
            throw new IllegalStateException("pane without a parent");
        }, "worker-7");
        t.start();
        t.join();

        assertThat(Files.readString(file)).contains("Uncaught exception on thread worker-7")
                .contains("IllegalStateException: pane without a parent");
    }

    @Test
    void aLogFolderThatCannotBeMadeLeavesLoggingOnStderr(@TempDir Path tmp) throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");

        assertThat(DesktopLogging.start(blocker.resolve("logs"))).isEmpty();
    }
}
