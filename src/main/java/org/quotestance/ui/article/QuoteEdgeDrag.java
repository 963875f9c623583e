package org.quotestance.ui.article;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.quotestance.model.Quote;

/**
 * Lets the analyst drag the start or end of the selected quote to a new place: pressing exactly on
 * an edge (the cursor turns into a resize arrow there) takes over the mouse from text selection;
 * while dragging, the new span shows as the text selection; releasing saves it as one edit.
 */
final class QuoteEdgeDrag {
    private enum Edge { START, END }

    private final StyleClassedTextArea area;
    private final ArticleViewModel vm;
    private Edge dragging;
    private int start;
    private int end;
    private boolean justDragged;

    QuoteEdgeDrag(StyleClassedTextArea area, ArticleViewModel vm) {
        this.area = area;
        this.vm = vm;
        area.addEventFilter(MouseEvent.MOUSE_MOVED, e -> area.setCursor(edgeAt(e) == null ? Cursor.TEXT : Cursor.H_RESIZE));
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private Edge edgeAt(MouseEvent e) {
        Quote q = vm.selectedQuoteProperty().get();
        if (q == null || vm.articleProperty().get() == null) {
            return null;
        }
        int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (at == q.span().start()) {
            return Edge.START;
        }
        return at == q.span().end() ? Edge.END : null;
    }

    private void pressed(MouseEvent e) {
        justDragged = false;
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || e.isShortcutDown()) {
            return;
        }
        Edge edge = edgeAt(e);
        if (edge != null) {
            Quote q = vm.selectedQuoteProperty().get();
            dragging = edge;
            start = q.span().start();
            end = q.span().end();
            area.selectRange(start, end);
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (dragging == Edge.START) {
            start = Math.min(at, end - 1);
        } else {
            end = Math.max(at, start + 1);
        }
        area.selectRange(start, end);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        dragging = null;
        justDragged = true;
        area.deselect();
        vm.setSpan(start, end);
        e.consume();
    }

    /** True right after a drag ended, so the click that ends it does not select another quote. */
    boolean justDragged() {
        return justDragged;
    }
}
