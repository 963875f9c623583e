package org.quotestance.ui.about;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Map;

/**
 * Help → About: version, Java and JavaFX versions, and the settings, data and log folders, with a
 * Copy button that puts all of it on the clipboard for a bug report. Open it with
 * {@code new AboutDialog(AboutInfo.current(), owner).showAndWait()}.
 */
public final class AboutDialog extends Dialog<Void> {
    public static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
    static final String COPIED = "Copied";

    public AboutDialog(AboutInfo info, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("About QuoteStance");
        setHeaderText("QuoteStance " + info.version()
                + "\nFind, attribute, tag and search quotes in news articles.");
        Image icon = AppIcons.of(64);
        if (icon != null) {
            setGraphic(new ImageView(icon));
        }
        getDialogPane().setContent(facts(info.rows()));
        getDialogPane().getStyleClass().add("about-dialog");
        getDialogPane().getButtonTypes().setAll(COPY, ButtonType.CLOSE);

        Button copy = (Button) getDialogPane().lookupButton(COPY);
        copy.setId("about-copy");
        // A dialog button closes the dialog; copying should not, so the click stops here.
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.asText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(COPIED);
            e.consume();
        });
    }

    private static GridPane facts(Map<String, String> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> e : rows.entrySet()) {
            Label name = new Label(e.getKey());
            name.getStyleClass().add("about-label");
            Label value = new Label(e.getValue());
            value.setId("about-" + e.getKey().toLowerCase(java.util.Locale.ROOT));
            value.setWrapText(true);
            grid.addRow(row++, name, value);
        }
        return grid;
    }
}
