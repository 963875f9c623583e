package org.quotestance.ui.quote;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.quotestance.ui.StyleClasses;

/**
 * The right-hand panel: the selected quote's form ({@link QuoteForm}), or a hint while no quote is
 * selected. The form is built when a quote is first selected (or a key asks for one of its fields):
 * at start-up nothing is selected, and its controls' skins and CSS were a sizeable share of the
 * window's first frame (docs/adr/0604).
 */
public final class QuotePanelView extends StackPane {
    private final QuotePanelViewModel vm;
    private final ChangeListener<Boolean> firstQuote;
    private QuoteForm form;

    public QuotePanelView(QuotePanelViewModel vm) {
        this.vm = vm;
        getStyleClass().add(StyleClasses.QUOTE_PANEL);
        Label empty = new Label("No quote selected.\nPress J for the next quote, or select text and press Q to make one.");
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.hasQuoteBinding().not());
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(16));
        getChildren().add(empty);

        firstQuote = (o, had, has) -> {
            if (has) {
                form();
            }
        };
        vm.hasQuoteBinding().addListener(firstQuote);
        if (vm.hasQuoteBinding().get()) {
            form();
        }
    }

    /** The form, built on first use; it sits under the hint, visible while a quote is selected. */
    private QuoteForm form() {
        if (form == null) {
            vm.hasQuoteBinding().removeListener(firstQuote);
            form = new QuoteForm(vm);
            form.visibleProperty().bind(vm.hasQuoteBinding());
            getChildren().add(0, form);
        }
        return form;
    }

    /** True once the form exists (tests: it is not built before a quote is selected). */
    boolean formBuilt() {
        return form != null;
    }

    public void focusNote() {
        form().focusNote();
    }

    public void focusSpeaker() {
        form().focusSpeaker();
    }
}
