package org.quotestance.ui;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/** Runs on the FX thread: at once when already there (so same-thread tests stay synchronous), else later. */
public final class FxThread implements Executor {
    @Override
    public void execute(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
