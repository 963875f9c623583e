package org.quotestance.ui.export;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.quotestance.exchange.ExchangeFormat;

import java.nio.file.Path;

/**
 * The Export form: format, scope, output file (through an {@link OutputFileChooser}), CSV and
 * rejected-quote options, a progress bar and the outcome. It binds to an {@link ExportViewModel}
 * and does no work itself. {@code onClose} runs when the analyst closes the form.
 */
public final class ExportView extends VBox {
    static final String FORMAT_ID = "export-format";
    static final String TARGET_ID = "export-target";
    static final String FILE_ID = "export-file";
    static final String CHOOSE_ID = "export-choose";
    static final String BOM_ID = "export-bom";
    static final String REJECTED_ID = "export-rejected";
    static final String PROGRESS_ID = "export-progress";
    static final String MESSAGE_ID = "export-message";
    static final String RUN_ID = "export-run";
    static final String CLOSE_ID = "export-close";

    public ExportView(ExportViewModel vm, OutputFileChooser chooser, Runnable onClose) {
        getStyleClass().add("export-view");
        setSpacing(12);
        setPadding(new Insets(16));
        setPrefWidth(560);

        ComboBox<ExchangeFormat> format = new ComboBox<>();
        format.setId(FORMAT_ID);
        format.getItems().setAll(vm.formats());
        format.setConverter(converter(ExchangeFormat::label));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setMaxWidth(Double.MAX_VALUE);

        ComboBox<ExportTarget> target = new ComboBox<>(vm.targets());
        target.setId(TARGET_ID);
        target.setConverter(converter(vm::describe));
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setMaxWidth(Double.MAX_VALUE);

        TextField file = new TextField();
        file.setId(FILE_ID);
        file.setEditable(false);
        file.setPromptText("Choose where to save the export");
        file.textProperty().bind(vm.outputFileProperty().map(Path::toString).orElse(""));
        Button choose = new Button("Choose…");
        choose.setId(CHOOSE_ID);
        choose.setOnAction(e -> vm.chooseFile(chooser));
        HBox fileRow = new HBox(8, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        CheckBox bom = new CheckBox("Start with a byte order mark for Excel (and keep formulas from running)");
        bom.setId(BOM_ID);
        bom.selectedProperty().bindBidirectional(vm.bomProperty());
        bom.visibleProperty().bind(vm.formatProperty().isEqualTo(ExchangeFormat.CSV));
        bom.managedProperty().bind(bom.visibleProperty());

        CheckBox rejected = new CheckBox("Include quotes marked rejected");
        rejected.setId(REJECTED_ID);
        rejected.selectedProperty().bindBidirectional(vm.includeRejectedProperty());
        // the bundle is lossless and always keeps them
        rejected.disableProperty().bind(vm.formatProperty().isEqualTo(ExchangeFormat.BUNDLE));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Export"), target);
        form.addRow(2, new Label("Save to"), fileRow);
        GridPane.setHgrow(format, Priority.ALWAYS);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.resultProperty().isNotNull()));
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((obs, was, is) -> {
            if (is) {
                message.getStyleClass().add("error");
            } else {
                message.getStyleClass().remove("error");
            }
        });

        Button run = new Button("Export");
        run.setId(RUN_ID);
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canExportProperty().not());
        run.setOnAction(e -> vm.export());
        Button close = new Button();
        close.setId(CLOSE_ID);
        close.setCancelButton(true);
        close.textProperty().bind(vm.runningProperty().map(r -> r ? "Cancel" : "Close"));
        close.setOnAction(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            } else if (onClose != null) {
                onClose.run();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, close, run);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().setAll(form, bom, rejected, bar, message, buttons);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("the combo box is not editable");
            }
        };
    }
}
