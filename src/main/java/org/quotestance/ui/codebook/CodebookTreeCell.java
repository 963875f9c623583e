package org.quotestance.ui.codebook;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.quotestance.app.codebook.CodebookEditor;
import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.Optional;
import java.util.function.Consumer;

/** A row of the codebook tree: a colour dot, the key, the name; drag source and drop target for moves. */
final class CodebookTreeCell extends TreeCell<String> {
    private static final DataFormat NODE_ID = new DataFormat("application/x-quotestance-codebook-node");
    private final CodebookViewModel vm;
    private final Consumer<String> rename;
    private final Consumer<String> moveTo;
    private final Consumer<String> mergeInto;
    private final Circle dot = new Circle(6);
    private final FontIcon folder = new FontIcon("mdi2f-folder-outline");
    private final Label label = new Label();
    private final Label key = new Label();
    private final HBox box = new HBox(6);

    CodebookTreeCell(CodebookViewModel vm, Consumer<String> rename, Consumer<String> moveTo,
                     Consumer<String> mergeInto) {
        this.vm = vm;
        this.rename = rename;
        this.moveTo = moveTo;
        this.mergeInto = mergeInto;
        key.getStyleClass().add("codebook-key");
        label.getStyleClass().add("codebook-name");
        box.setAlignment(Pos.CENTER_LEFT);
        // The key sits next to the dot, so a narrow pane that cuts long names still shows it.
        box.getChildren().addAll(dot, key, label);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent c = new ClipboardContent();
                c.put(NODE_ID, getItem());
                startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            Object dragged = e.getDragboard().getContent(NODE_ID);
            if (dragged instanceof String d && vm.canDrop(d, getItem())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"),
                e.getDragboard().getContent(NODE_ID) instanceof String d && vm.canDrop(d, getItem())));
        setOnDragExited(e -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), false));
        setOnDragDropped(e -> {
            Object dragged = e.getDragboard().getContent(NODE_ID);
            boolean ok = dragged instanceof String d && vm.canDrop(d, getItem());
            if (ok) {
                vm.drop((String) dragged, getItem());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        setText(null);
        if (empty || id == null) {
            setGraphic(null);
            setTooltip(null);
            setContextMenu(null);
            return;
        }
        Codebook cb = vm.codebook();
        Optional<Stance> s = cb.stance(id);
        if (s.isPresent()) {
            dot.setFill(CodebookView.parse(s.get().color()));
            box.getChildren().set(0, dot);
            label.setText(s.get().name());
            key.setText(s.get().shortcut() == null ? "" : s.get().shortcut());
            key.setVisible(s.get().shortcut() != null);
            key.setManaged(s.get().shortcut() != null);
            String d = s.get().description();
            setTooltip(d == null || d.isBlank() ? null : new Tooltip(d));
        } else {
            Optional<Topic> t = CodebookEditor.topic(cb, id);
            box.getChildren().set(0, folder);
            label.setText(t.map(Topic::name).orElse(id));
            key.setVisible(false);
            key.setManaged(false);
            setTooltip(null);
        }
        label.getStyleClass().remove("codebook-topic");
        if (s.isEmpty()) {
            label.getStyleClass().add("codebook-topic");
        }
        setGraphic(box);
        setContextMenu(menu(id, s.isPresent()));
    }

    private ContextMenu menu(String id, boolean stance) {
        MenuItem renameItem = new MenuItem("Rename");
        renameItem.setOnAction(e -> rename.accept(id));
        MenuItem add = new MenuItem("Add stance");
        add.setOnAction(e -> {
            vm.selectedIdProperty().set(id);
            vm.addStance();
        });
        MenuItem moveToItem = new MenuItem("Move to…");
        moveToItem.setOnAction(e -> moveTo.accept(id));
        MenuItem merge = new MenuItem("Merge into…");
        merge.setOnAction(e -> mergeInto.accept(id));
        merge.setDisable(!stance);
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> vm.delete(id));
        return new ContextMenu(renameItem, add, moveToItem, merge, new SeparatorMenuItem(), delete);
    }
}
