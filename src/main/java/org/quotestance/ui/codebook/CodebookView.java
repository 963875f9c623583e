package org.quotestance.ui.codebook;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.quotestance.app.codebook.CodebookEditor;
import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codebook editor: the tree of topics and stances on the left, the selected node's name,
 * description, colour and key on the right, actions in a tool bar, a status line at the bottom.
 * It only binds to and calls {@link CodebookViewModel}; see the package documentation for how to
 * embed it.
 */
public final class CodebookView extends BorderPane {
    /** Style classes and ids, one place for CSS and tests. */
    public static final String STYLE = "codebook-view";
    public static final String TREE_ID = "codebookTree";
    public static final String NAME_ID = "codebookName";
    public static final String DESCRIPTION_ID = "codebookDescription";
    public static final String COLOUR_ID = "codebookColour";
    public static final String SHORTCUT_ID = "codebookShortcut";
    public static final String MESSAGE_ID = "codebookMessage";
    static final String NO_KEY = "None";

    private final CodebookViewModel vm;
    private final TreeView<String> tree = new TreeView<>();
    private final Map<String, TreeItem<String>> items = new LinkedHashMap<>();
    private final Set<String> collapsed = new HashSet<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ColorPicker colour = new ColorPicker();
    private final ComboBox<String> shortcut = new ComboBox<>();
    private final Label kind = new Label();
    private final GridPane form = new GridPane();
    private final SplitPane split;
    /** True while the form is being filled from the model, so its change events are not edits. */
    private boolean filling;
    private boolean rebuilding;
    /** The node whose values the form shows. */
    private String formNodeId;

    public CodebookView(CodebookViewModel vm) {
        this.vm = vm;
        getStyleClass().add(STYLE);
        getStylesheets().add(CodebookView.class.getResource("codebook.css").toExternalForm());
        vm.setConfirmation(this::confirm);

        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CodebookTreeCell(vm, this::startRename, this::askMoveTarget, this::askMergeTarget));
        tree.setRoot(new TreeItem<>("root"));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.selectedIdProperty().set(item == null ? null : item.getValue());
            }
        });
        tree.setOnKeyPressed(e -> {
            String id = vm.selectedIdProperty().get();
            if (id != null && e.getCode() == KeyCode.DELETE) {
                vm.delete(id);
                e.consume();
            } else if (id != null && e.getCode() == KeyCode.F2) {
                name.requestFocus();
                name.selectAll();
                e.consume();
            }
        });

        buildForm();
        split = new SplitPane(tree, form);
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(form, false);
        setTop(toolBar());
        setCenter(split);
        setBottom(statusLine());

        // Undo and redo while the focus is in the tree; text fields keep their own undo.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextField || e.getTarget() instanceof TextArea) {
                return;
            }
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            }
        });

        vm.codebookProperty().addListener((o, a, cb) -> rebuild(cb));
        vm.selectedIdProperty().addListener((o, a, id) -> {
            // Typing in the form and then clicking another node: the typed text belongs to the old one.
            if (a != null && formNodeId != null && formNodeId.equals(a)) {
                commitName(a);
                commitDescription(a);
            }
            selectInTree(id);
            fillForm();
        });
        rebuild(vm.codebook());
        fillForm();
    }

    /** Puts the details under the tree (for a narrow side panel) instead of beside it. */
    public void setDetailsBelow(boolean below) {
        split.setOrientation(below ? Orientation.VERTICAL : Orientation.HORIZONTAL);
    }

    public TreeView<String> tree() {
        return tree;
    }

    // ---- layout -----------------------------------------------------------------------------

    private ToolBar toolBar() {
        Button addTopic = button("Topic", "mdi2f-folder-plus-outline", "Add a topic", vm::addTopic);
        Button addStance = button("Stance", "mdi2p-plus-circle-outline", "Add a stance to the selected topic",
                vm::addStance);
        Button up = button(null, "mdi2a-arrow-up", "Move up", () -> withSelection(vm::moveUp));
        Button down = button(null, "mdi2a-arrow-down", "Move down", () -> withSelection(vm::moveDown));
        Button moveTo = button(null, "mdi2f-folder-move-outline", "Move to another topic…",
                () -> withSelection(this::askMoveTarget));
        Button merge = button("Merge…", "mdi2c-call-merge", "Merge this stance into another; its quotes follow",
                () -> withSelection(this::askMergeTarget));
        Button delete = button(null, "mdi2d-delete-outline", "Delete (asks first)",
                () -> withSelection(vm::delete));
        Button undo = button(null, "mdi2u-undo", "Undo", vm::undo);
        Button redo = button(null, "mdi2r-redo", "Redo", vm::redo);
        addTopic.setId("codebookAddTopic");
        addStance.setId("codebookAddStance");
        merge.setId("codebookMerge");
        delete.setId("codebookDelete");
        moveTo.setId("codebookMoveTo");
        undo.setId("codebookUndo");
        redo.setId("codebookRedo");

        var nothing = vm.selectedIdProperty().isNull();
        for (Button b : List.of(up, down, moveTo, delete)) {
            b.disableProperty().bind(nothing.or(vm.busyProperty()));
        }
        merge.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedStance().isEmpty(),
                vm.selectedIdProperty(), vm.codebookProperty()).or(vm.busyProperty()));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        undo.getTooltip().textProperty().bind(vm.undoLabelProperty());
        redo.getTooltip().textProperty().bind(vm.redoLabelProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(addTopic, addStance, up, down, moveTo, merge, delete, gap, undo, redo);
    }

    private Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void withSelection(java.util.function.Consumer<String> action) {
        String id = vm.selectedIdProperty().get();
        if (id != null) {
            action.accept(id);
        }
    }

    private void buildForm() {
        form.getStyleClass().add("codebook-form");
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.setMinWidth(260);

        name.setId(NAME_ID);
        name.setPromptText("Name");
        name.setOnAction(e -> commitName(formNodeId));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitName(formNodeId);
            }
        });
        description.setId(DESCRIPTION_ID);
        description.setPromptText("What quotes with this stance say; when to use it");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitDescription(formNodeId);
            }
        });
        colour.setId(COLOUR_ID);
        colour.setOnAction(e -> {
            if (!filling) {
                withSelection(id -> vm.recolour(id, hex(colour.getValue())));
            }
        });
        shortcut.setId(SHORTCUT_ID);
        shortcut.getItems().add(NO_KEY);
        for (int k = 1; k <= 9; k++) {
            shortcut.getItems().add(Integer.toString(k));
        }
        shortcut.setOnAction(e -> {
            if (!filling && shortcut.getValue() != null) {
                withSelection(id -> vm.setShortcut(id, NO_KEY.equals(shortcut.getValue()) ? null : shortcut.getValue()));
            }
        });
        shortcut.setTooltip(new Tooltip("The key that tags the selected quote with this stance; "
                + "a key taken from another stance moves here"));
        kind.getStyleClass().add("codebook-kind");

        Label descriptionLabel = new Label("Description");
        GridPane.setValignment(descriptionLabel, javafx.geometry.VPos.TOP);
        Label hint = new Label("Drag a stance or topic onto another to move it. In the article view, "
                + "the key tags the selected quote with the stance.");
        hint.setWrapText(true);
        hint.getStyleClass().add("codebook-hint");
        form.add(kind, 0, 0, 2, 1);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, descriptionLabel, description);
        form.addRow(3, new Label("Colour"), colour);
        form.addRow(4, new Label("Key"), shortcut);
        form.add(hint, 0, 5, 2, 1);
    }

    private HBox statusLine() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, err) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), err));
        message.getStyleClass().add("codebook-message");
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            Codebook cb = vm.codebook();
            int topics = CodebookEditor.allTopics(cb).size();
            int stances = cb.allStances().size();
            return topics + (topics == 1 ? " topic, " : " topics, ") + stances + (stances == 1 ? " stance" : " stances");
        }, vm.codebookProperty()));
        counts.getStyleClass().add("codebook-counts");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, bar, message, gap, counts);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.getStyleClass().add("codebook-status");
        return box;
    }

    // ---- model to view ----------------------------------------------------------------------

    private void rebuild(Codebook cb) {
        rebuilding = true;
        try {
            items.values().forEach(i -> {
                if (!i.isExpanded() && !i.isLeaf()) {
                    collapsed.add(i.getValue());
                } else {
                    collapsed.remove(i.getValue());
                }
            });
            items.clear();
            TreeItem<String> root = new TreeItem<>("root");
            cb.topics().forEach(t -> root.getChildren().add(topicItem(t)));
            tree.setRoot(root);
            selectInTree(vm.selectedIdProperty().get());
        } finally {
            rebuilding = false;
        }
        fillForm();
    }

    private TreeItem<String> topicItem(Topic t) {
        TreeItem<String> item = new TreeItem<>(t.id());
        item.setExpanded(!collapsed.contains(t.id()));
        items.put(t.id(), item);
        t.stances().forEach(s -> {
            TreeItem<String> leaf = new TreeItem<>(s.id());
            items.put(s.id(), leaf);
            item.getChildren().add(leaf);
        });
        t.topics().forEach(c -> item.getChildren().add(topicItem(c)));
        return item;
    }

    private void selectInTree(String id) {
        TreeItem<String> item = id == null ? null : items.get(id);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<String> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            boolean was = rebuilding;
            rebuilding = true;
            tree.getSelectionModel().select(item);
            rebuilding = was;
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private void fillForm() {
        filling = true;
        try {
            Optional<Stance> stance = vm.selectedStance();
            Optional<Topic> topic = vm.selectedTopic();
            boolean any = stance.isPresent() || topic.isPresent();
            form.setDisable(!any);
            colour.setDisable(stance.isEmpty());
            shortcut.setDisable(stance.isEmpty());
            kind.setText(stance.isPresent() ? "Stance" : topic.isPresent() ? "Topic" : "Select a topic or stance");
            String id = vm.selectedIdProperty().get();
            // A save that lands while the analyst types in a field of the same node must not undo the typing.
            boolean sameNode = id != null && id.equals(formNodeId);
            if (!(sameNode && name.isFocused())) {
                name.setText(stance.map(Stance::name).or(() -> topic.map(Topic::name)).orElse(""));
            }
            if (!(sameNode && description.isFocused())) {
                description.setText(stance.map(Stance::description).or(() -> topic.map(Topic::description)).orElse(""));
            }
            formNodeId = id;
            colour.setValue(stance.map(s -> parse(s.color())).orElse(Color.GRAY));
            shortcut.setValue(stance.map(s -> s.shortcut() == null ? NO_KEY : s.shortcut()).orElse(NO_KEY));
        } finally {
            filling = false;
        }
    }

    // ---- view to model ----------------------------------------------------------------------

    private void commitName(String id) {
        if (filling || id == null || !exists(id) || name.getText().equals(currentName(id))) {
            return;
        }
        vm.rename(id, name.getText()).exceptionally(t -> {
            if (id.equals(formNodeId)) {
                name.setText(currentName(id)); // the message line says why; the field shows the name that stands
            }
            return null;
        });
    }

    private void commitDescription(String id) {
        if (filling || id == null || !exists(id)) {
            return;
        }
        String now = vm.codebook().stance(id).map(Stance::description)
                .or(() -> CodebookEditor.topic(vm.codebook(), id).map(Topic::description)).orElse("");
        if (!description.getText().strip().equals(now == null ? "" : now)) {
            vm.describe(id, description.getText());
        }
    }

    private boolean exists(String id) {
        return vm.codebook().stance(id).isPresent() || CodebookEditor.topic(vm.codebook(), id).isPresent();
    }

    private String currentName(String id) {
        return vm.codebook().stance(id).map(Stance::name)
                .or(() -> CodebookEditor.topic(vm.codebook(), id).map(Topic::name)).orElse("");
    }

    private void askMergeTarget(String sourceId) {
        List<Stance> targets = vm.mergeTargets(sourceId);
        Optional<Stance> source = vm.codebook().stance(sourceId);
        if (source.isEmpty() || targets.isEmpty()) {
            return;
        }
        List<String> names = targets.stream().map(Stance::name).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
        d.setTitle("Merge stances");
        d.setHeaderText("Merge “" + source.get().name() + "” into…");
        d.setContentText("Its quotes will carry the stance you choose; “" + source.get().name()
                + "” goes away.\nStance:");
        owned(d);
        d.showAndWait().ifPresent(chosen -> targets.stream().filter(t -> t.name().equals(chosen)).findFirst()
                .ifPresent(t -> vm.merge(sourceId, t.id())));
    }

    private void askMoveTarget(String id) {
        List<String> labels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (!vm.isStance(id)) {
            labels.add("(top level)");
            ids.add(null);
        }
        for (Topic t : vm.moveTargets(id)) {
            labels.add(path(t.id()));
            ids.add(t.id());
        }
        if (labels.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(labels.get(0), labels);
        d.setTitle("Move");
        d.setHeaderText("Move “" + currentName(id) + "” to…");
        d.setContentText("Topic:");
        owned(d);
        d.showAndWait().ifPresent(chosen -> vm.moveTo(id, ids.get(labels.indexOf(chosen))));
    }

    private String path(String topicId) {
        List<String> names = new ArrayList<>();
        for (String id = topicId; id != null; id = CodebookEditor.parentOf(vm.codebook(), id).orElse(null)) {
            names.add(0, currentName(id));
        }
        return String.join(" › ", names);
    }

    private void startRename(String id) {
        vm.selectedIdProperty().set(id);
        name.requestFocus();
        name.selectAll();
    }

    private boolean confirm(String question, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Delete");
        alert.setHeaderText(question);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        owned(alert);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void owned(javafx.scene.control.Dialog<?> d) {
        Window w = getScene() == null ? null : getScene().getWindow();
        if (w != null) {
            d.initOwner(w);
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    static Color parse(String css) {
        try {
            return Color.web(css);
        } catch (RuntimeException e) {
            return Color.GRAY;
        }
    }
}
