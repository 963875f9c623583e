package org.quotestance.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** The keyboard table, as the README shows it. */
final class KeyboardHelp {
    static final String TABLE = """
            J / K            next / previous quote
            A / R            accept / reject the quote
            1 – 9            toggle the stance with that key
            N                edit the note
            S                choose the speaker
            Q                make a quote of the selected text
            Shift+S          the selected text names the speaker
            Shift+C          the selected text is the speech cue
            Alt+← / Alt+→    move the quote's end (with Shift: its start)
            Esc              back to the article from a field
            Ctrl+Z / Ctrl+Shift+Z   undo / redo
            Ctrl+I           import articles
            Ctrl+O / Ctrl+N  open / new project
            """;

    private KeyboardHelp() {
    }

    static void show() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, TABLE, ButtonType.OK);
        a.setTitle("QuoteStance");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setStyle("-fx-font-family: monospace;");
        a.show();
    }
}
