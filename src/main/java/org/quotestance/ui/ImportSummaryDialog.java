package org.quotestance.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.quotestance.app.ImportFailure;
import org.quotestance.app.ImportSummary;

import java.util.stream.Collectors;

/** After an import with failures: how many came in, and a table of each file that did not, with the reason. */
final class ImportSummaryDialog {
    static final String TABLE_ID = "import-failures";
    private static final ButtonType COPY = new ButtonType("Copy list");

    private ImportSummaryDialog() {
    }

    static Alert show(ImportSummary summary, Window owner) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK, COPY);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText(summary.headline());
        TableView<ImportFailure> table = new TableView<>();
        table.setId(TABLE_ID);
        TableColumn<ImportFailure, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(220);
        TableColumn<ImportFailure, String> reason = new TableColumn<>("Why it was not imported");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(420);
        table.getColumns().add(file);
        table.getColumns().add(reason);
        table.getItems().setAll(summary.failures());
        table.setPrefHeight(Math.min(360, 60 + 28 * summary.failures().size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setPrefWidth(680);
        alert.resultProperty().addListener((o, a, b) -> {
            if (b == COPY) {
                ClipboardContent c = new ClipboardContent();
                c.putString(summary.failures().stream().map(ImportFailure::toString).collect(Collectors.joining("\n")));
                Clipboard.getSystemClipboard().setContent(c);
            }
        });
        alert.show();
        return alert;
    }
}
