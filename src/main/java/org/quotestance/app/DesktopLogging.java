package org.quotestance.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Sends the window's log to a rolling file in the platform's log folder ({@link AppDirs#logs()}).
 * The command line keeps the default {@code logback.xml} (stderr only), so a command never writes
 * a log file and never prints anything but data on stdout.
 */
public final class DesktopLogging {
    /** The logback variable that {@code logback-desktop.xml} puts its files under. */
    public static final String LOG_DIR_VARIABLE = "QUOTESTANCE_LOG_DIR";
    static final String CONFIG = "logback-desktop.xml";
    static final String FILE_NAME = "quotestance.log";
    private static final String MARKER = "quotestance.logging";

    private DesktopLogging() {
    }

    /**
     * Routes logging to {@code <logDir>/quotestance.log} and returns that file (empty when logging stays on stderr). Called by the launcher
     * before any logger exists, so logback reads the desktop configuration once; if logging was already
     * set up (a logger created earlier, or a test), the context is configured again. When the folder
     * cannot be made, logging stays on stderr and this says why there.
     */
    public static Optional<Path> start(Path logDir) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException | RuntimeException e) {
            System.err.println("QuoteStance: cannot create the log folder " + logDir + " (" + e
                    + "); logging to stderr only");
            return Optional.empty();
        }
        System.setProperty(LOG_DIR_VARIABLE, logDir.toString());
        System.setProperty("logback.configurationFile", CONFIG);
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext ctx && !"desktop".equals(ctx.getProperty(MARKER))) {
            configure(ctx, logDir);
        }
        Path file = logDir.resolve(FILE_NAME);
        Logger log = LoggerFactory.getLogger(DesktopLogging.class);
        log.info("QuoteStance {} on Java {} ({}), {} {}; log file {}", Version.get(),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), file);
        installUncaughtExceptionLogger();
        return Optional.of(file);
    }

    /**
     * {@link #start} on a thread of its own, so the window does not wait for logback. A logger asked
     * for meanwhile is a stand-in whose messages SLF4J hands over once logback is ready; if another
     * thread sets logback up first (with the command line's stderr configuration), {@code start}
     * configures it again for the file.
     */
    public static Thread startInBackground(Path logDir) {
        Thread t = new Thread(() -> start(logDir), "logging-setup");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void configure(LoggerContext ctx, Path logDir) {
        URL config = DesktopLogging.class.getClassLoader().getResource(CONFIG);
        if (config == null) {
            System.err.println("QuoteStance: " + CONFIG + " is missing from the class path; logging to stderr only");
            return;
        }
        ctx.reset();
        ctx.putProperty(LOG_DIR_VARIABLE, logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(ctx);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            System.err.println("QuoteStance: cannot read " + config + ": " + e.getMessage());
        }
    }

    /** A crash on any thread (the FX thread included) ends up in the file a user can send us. */
    private static void installUncaughtExceptionLogger() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (previous instanceof LoggingHandler) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(new LoggingHandler(previous));
    }

    private record LoggingHandler(Thread.UncaughtExceptionHandler previous) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread t, Throwable e) {
            LoggerFactory.getLogger(DesktopLogging.class).error("Uncaught exception on thread {}", t.getName(), e);
            if (previous != null) {
                previous.uncaughtException(t, e);
            }
        }
    }
}
