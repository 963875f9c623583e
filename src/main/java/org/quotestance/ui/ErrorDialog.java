package org.quotestance.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Shows a failure as a dialog: what failed and why in plain words, the technical details folded
 * away, ready to copy into a bug report. The failure is also logged.
 */
final class ErrorDialog implements ErrorSink {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private static final ButtonType COPY = new ButtonType("Copy details");
    private final Window owner;

    ErrorDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(String whatFailed, Throwable cause) {
        LOG.warn("{}", whatFailed, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, reason(cause), ButtonType.OK, COPY);
        alert.initOwner(owner);
        alert.setTitle("QuoteStance");
        alert.setHeaderText(whatFailed);
        String details = details(whatFailed, cause);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(area);
        alert.showAndWait().filter(b -> b == COPY).ifPresent(b -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** The message of the failure, or of its first cause that has one. */
    static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return "Something went wrong that QuoteStance did not expect (" + cause.getClass().getSimpleName() + ").";
    }

    static String details(String whatFailed, Throwable cause) {
        StringWriter w = new StringWriter();
        w.append(whatFailed).append(" — QuoteStance ").append(org.quotestance.app.Version.get()).append('\n');
        cause.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
