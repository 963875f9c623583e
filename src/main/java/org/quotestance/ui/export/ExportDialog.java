package org.quotestance.ui.export;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.TaskExecutor;

/**
 * File → Export…: a window over {@link ExportView}. Open it with
 * {@code ExportDialog.show(owner, session, executor, context)}; it stays open while the export
 * runs (with progress and Cancel) and shows where the file went.
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static Stage show(Window owner, ProjectSession session, TaskExecutor executor, ExportContext context) {
        return show(owner, new ExportViewModel(session, executor, context), new SaveDialogChooser(owner));
    }

    public static Stage show(Window owner, ExportViewModel vm, OutputFileChooser chooser) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export");
        stage.setScene(new Scene(new ExportView(vm, chooser, stage::close)));
        // closing the window while an export runs cancels it; the partial file is discarded
        stage.setOnHidden(e -> vm.cancel());
        stage.show();
        return stage;
    }
}
