package org.quotestance.ui;

import javafx.application.Application;

import org.quotestance.app.InstanceChannel;

import java.util.Optional;
import java.util.logging.Logger;

/** Starts the window; kept apart from {@link App} so the launcher decides without loading JavaFX. */
public final class DesktopMain {
    /**
     * JavaFX's own logger. Held here: java.util.logging keeps loggers only as long as someone does,
     * and the filter must outlive the start.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** Handed from the launcher to {@link App}, which JavaFX makes itself (so no constructor argument). */
    private static volatile InstanceChannel channel;

    private DesktopMain() {
    }

    /** No arguments, or a single existing path (a project folder, project.json or a .qdpx file). */
    public static boolean wantsWindow(String[] args) {
        return LaunchRequest.isForWindow(args);
    }

    public static void launch(String[] args) {
        launch(args, null);
    }

    /**
     * @param handOff where later launches hand their requests to this window (null: nowhere, as with
     *                {@code -Dquotestance.singleInstance=false}; docs/adr/0605)
     */
    public static void launch(String[] args, InstanceChannel handOff) {
        channel = handOff;
        // JavaFX warns at every start that it was loaded from the class path, which is how the app
        // runs by design (docs/adr/0602). Formatting that one line (java.util.logging's formatter,
        // its date, the caller's stack) cost more CPU than anything else before the toolkit starts,
        // and nobody reads stderr of a desktop app; other JavaFX warnings still pass (docs/adr/0604).
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Application.launch(App.class, args);
    }

    static Optional<InstanceChannel> handOffChannel() {
        return Optional.ofNullable(channel);
    }
}
