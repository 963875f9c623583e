package org.quotestance.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Start-up time as the user sees it: milestones ("frame": the first pulse after the window was shown
 * has laid out the whole desk; "project": the start-up project is on screen), each as milliseconds
 * since the JVM started and the CPU time the process had used by then. Always logged; with
 * {@code -Dquotestance.startup.report=true} also printed on stderr (packaging/measure-start.sh reads it),
 * and {@code -Dquotestance.startup.exitAfter=frame|project} quits there (measuring). {@code exitAfter=tabs}
 * is the class-data training run of the package build: after the project it brings the panes that are
 * built on first use to the front ("search", then "codebook"), so the archive holds their classes
 * too, and quits at "tabs".
 */
final class StartupMilestones {
    static final String REPORT = "quotestance.startup.report";
    static final String EXIT_AFTER = "quotestance.startup.exitAfter";
    private static final Logger LOG = LoggerFactory.getLogger(StartupMilestones.class);

    private final PrintStream report;
    private final String exitAfter;
    private final Runnable quit;

    /**
     * @param report where to print the milestones (null: only the log)
     * @param exitAfter the milestone to quit at, or null
     * @param quit how to quit
     */
    StartupMilestones(PrintStream report, String exitAfter, Runnable quit) {
        this.report = report;
        this.exitAfter = exitAfter == null ? "" : exitAfter.trim().toLowerCase(Locale.ROOT);
        this.quit = quit;
    }

    static StartupMilestones fromSystemProperties() {
        // Hiding the windows lets JavaFX's implicit exit stop the app; Platform.exit() while the first
        // frames were still being drawn crashed in GTK's window teardown (Xvfb, JavaFX 21).
        return new StartupMilestones(Boolean.getBoolean(REPORT) ? System.err : null, System.getProperty(EXIT_AFTER),
                () -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    /**
     * Marks {@code name} once the scene's next pulse has run its CSS and layout (the frame then goes to
     * the renderer), then runs {@code next} unless the app is quitting there.
     */
    void afterNextPulse(Scene scene, String name, Runnable next) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                // Removed once this pulse is over: the scene may still be walking its listener list.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                if (!reached(name)) {
                    next.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        // A pulse only runs when something is dirty; this makes sure one comes.
        Platform.requestNextPulse();
    }

    /** True for the training run that also shows the panes built on first use (see the class comment). */
    boolean toursTabs() {
        return "tabs".equals(exitAfter);
    }

    /** Logs (and reports) the milestone; true when the app quits here. */
    boolean reached(String name) {
        long now = System.currentTimeMillis();
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        // Read only now: loading java.management before the first frame would slow what we measure.
        long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Start-up: {} after {} ms (CPU {} ms)", name, sinceStart, cpu.toMillis());
        if (report != null) {
            report.printf(Locale.ROOT, "startup %s %d ms cpu %d ms at %d%n", name, sinceStart, cpu.toMillis(), now);
        }
        if (name.equals(exitAfter)) {
            quit.run();
            return true;
        }
        return false;
    }
}
