package org.quotestance.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real question, as a dialog: import into the open project, into a new one, or not at all. */
final class SetImportAlert implements SetImportPrompt {
    private final Window owner;

    SetImportAlert(Window owner) {
        this.owner = owner;
    }

    @Override
    public Target ask(Path file, String openProject) {
        // Short labels: the message names the project (a long name would be cut on the button).
        ButtonType intoOpen = new ButtonType("Into this project", ButtonBar.ButtonData.OK_DONE);
        ButtonType intoNew = new ButtonType("Into a new project…", ButtonBar.ButtonData.OTHER);
        ButtonType notNow = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (openProject != null) {
            buttons.add(intoOpen);
        }
        buttons.add(intoNew);
        buttons.add(notNow);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message(file, openProject), buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle("QuoteStance");
        alert.setHeaderText("Import " + file.getFileName() + "?");
        ButtonType answer = alert.showAndWait().orElse(notNow);
        if (answer == intoOpen) {
            return Target.OPEN_PROJECT;
        }
        return answer == intoNew ? Target.NEW_PROJECT : Target.NOWHERE;
    }

    static String message(Path file, String openProject) {
        String what = file.getFileName() + " is an annotated set (REFI-QDA): its articles, quotes, speakers and codes "
                + "are merged into a project.";
        return openProject == null ? what + " No project is open: make a new one for it?"
                : what + " Articles already in “" + openProject + "” keep their quotes; new ones are added.";
    }
}
