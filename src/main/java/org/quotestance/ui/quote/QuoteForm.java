package org.quotestance.ui.quote;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.quotestance.model.QuoteKind;
import org.quotestance.ui.StyleClasses;

import java.util.Locale;

/**
 * The quote panel's form (text, status, accept/reject, speaker, kind, stances, note) for the selected
 * quote; binds to {@link QuotePanelViewModel} and sends edits back through it.
 */
final class QuoteForm extends ScrollPane {
    private final QuotePanelViewModel vm;
    private final ComboBox<String> speaker = new ComboBox<>();
    private final ComboBox<QuoteKind> kind = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final VBox stanceBox = new VBox(6);
    private boolean syncing;
    private static final java.util.Map<QuoteKind, String> KIND_NAMES = java.util.Map.of(
            QuoteKind.DIRECT, "Direct quote", QuoteKind.PARTIAL, "Partial quote",
            QuoteKind.INDIRECT, "Indirect (reported) speech", QuoteKind.HEADLINE, "Headline quote");

    QuoteForm(QuotePanelViewModel vm) {
        this.vm = vm;
        Label heading = new Label("Quote");
        heading.getStyleClass().add(StyleClasses.PANE_TITLE);
        Label text = new Label();
        text.getStyleClass().add(StyleClasses.QUOTE_TEXT);
        text.setWrapText(true);
        text.textProperty().bind(vm.quoteTextProperty());
        text.setId("quote-text");

        Label status = new Label();
        status.setId("quote-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(StyleClasses.ROW_META);
        ProgressBar confidence = new ProgressBar();
        confidence.setPrefWidth(80);
        confidence.setMaxHeight(8);
        Label confidenceText = new Label();
        confidenceText.textProperty().bind(vm.confidenceProperty());
        confidenceText.getStyleClass().add(StyleClasses.ROW_META);
        HBox confidenceRow = new HBox(8, new Label("Confidence"), confidence, confidenceText);
        confidenceRow.setAlignment(Pos.CENTER_LEFT);
        vm.confidenceProperty().addListener((o, a, b) -> confidence.setProgress(vm.confidenceValue()));

        speaker.setEditable(true);
        speaker.setId("speaker-field");
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setPromptText("Who said it? Type or pick");
        speaker.setItems(vm.speakerChoices());
        syncSpeaker();
        vm.speakerNameProperty().addListener((o, a, b) -> syncSpeaker());
        vm.selectedQuote().addListener((o, a, b) -> syncSpeaker());
        // Replacing the items of an editable combo box clears its text: put the name back.
        // The combo box's own reaction to new items (clearing its selection) can come after this
        // listener, so the name is put back once more after the current event.
        vm.speakerChoices().addListener((ListChangeListener<String>) c -> {
            syncSpeaker();
            javafx.application.Platform.runLater(this::syncSpeaker);
        });
        speaker.setOnAction(e -> {
            if (!syncing) {
                commitSpeaker();
            }
        });
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(speaker.getEditor(),
                req -> vm.speakerChoices().stream()
                        .filter(n -> n.toLowerCase(Locale.ROOT).contains(req.getUserText().toLowerCase(Locale.ROOT).strip()))
                        .limit(12).toList());
        completion.setOnAutoCompleted(e -> commitSpeaker());

        kind.getItems().setAll(QuoteKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(QuoteKind k) {
                return k == null ? "" : KIND_NAMES.getOrDefault(k, k.wireName());
            }

            @Override
            public QuoteKind fromString(String s) {
                return KIND_NAMES.entrySet().stream().filter(e -> e.getValue().equals(s)).map(java.util.Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        });
        kind.setId("kind-field");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        vm.stances().addListener((ListChangeListener<StanceChoice>) c -> rebuildStances());
        rebuildStances();

        note.setId("note-field");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("A note on this quote (saved when you leave the field)");
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.commitNote();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.commitNote();
                e.consume();
            }
        });

        Button accept = new Button("Accept", new FontIcon(MaterialDesignC.CHECK));
        accept.setId("accept-button");
        accept.setTooltip(new Tooltip("Accept this quote (A)"));
        accept.setOnAction(e -> vm.accept());
        accept.getStyleClass().add("success");
        Button reject = new Button("Reject", new FontIcon(MaterialDesignC.CLOSE));
        reject.setId("reject-button");
        reject.setTooltip(new Tooltip("Not a quote, or not worth keeping (R)"));
        reject.setOnAction(e -> vm.reject());
        reject.getStyleClass().add("danger");
        accept.setMaxWidth(Double.MAX_VALUE);
        reject.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(accept, Priority.ALWAYS);
        HBox.setHgrow(reject, Priority.ALWAYS);
        HBox buttons = new HBox(8, accept, reject);

        VBox form = new VBox(10, heading, text, status, confidenceRow, buttons,
                field("Speaker (S)", speaker), field("Kind", kind), field("Stances (1–9)", stanceBox),
                field("Note (N)", note));
        form.setPadding(new Insets(12));
        form.setFillWidth(true);
        setContent(form);
        setFitToWidth(true);
    }

    private static VBox field(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(StyleClasses.FIELD_LABEL);
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    private void syncSpeaker() {
        syncing = true;
        try {
            speaker.setValue(vm.speakerNameProperty().get());
            speaker.getEditor().setText(vm.speakerNameProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void commitSpeaker() {
        String typed = speaker.getEditor().getText();
        vm.commitSpeaker(typed == null || typed.isBlank() ? speaker.getValue() : typed);
    }

    private void rebuildStances() {
        stanceBox.getChildren().clear();
        if (vm.stances().isEmpty()) {
            Label none = new Label("The codebook has no stances yet.");
            none.getStyleClass().add(StyleClasses.ROW_META);
            stanceBox.getChildren().add(none);
            return;
        }
        for (StanceChoice c : vm.stances()) {
            CheckBox box = new CheckBox(c.stance().name());
            box.setId("stance-" + c.stance().id());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(c.checkedProperty());
            if (c.stance().description() != null) {
                box.setTooltip(new Tooltip(c.stance().description()));
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll(StyleClasses.STANCE_SWATCH, StyleClasses.STANCE_SWATCH + "-" + c.index());
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            Label key = new Label(c.stance().shortcut() == null ? "" : c.stance().shortcut());
            key.getStyleClass().add(StyleClasses.SHORTCUT_HINT);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, swatch, box, spacer, key);
            row.setAlignment(Pos.CENTER_LEFT);
            stanceBox.getChildren().add(row);
        }
    }

    void focusNote() {
        note.requestFocus();
    }

    void focusSpeaker() {
        speaker.requestFocus();
        speaker.getEditor().selectAll();
    }
}
