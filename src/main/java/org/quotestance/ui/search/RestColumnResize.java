package org.quotestance.ui.search;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

import java.util.List;

/**
 * A column resize policy for a table whose columns must always fit its width: every column but
 * one keeps its preferred width (clamped to its minimum and maximum), and that one column (the
 * quote) takes the rest. When that leaves the quote less than its minimum (or its share of the
 * width), the others give up room in proportion to what they have above their minimum. Dragging a column's edge changes that
 * column's preferred width; the quote absorbs the difference.
 */
final class RestColumnResize<S> implements Callback<TableView.ResizeFeatures, Boolean> {
    private final TableColumn<S, ?> rest;
    private final double restShare;

    /**
     * @param restShare the part of the width the rest column gets at least (when the others can
     *                  shrink that far): in a narrow pane the quote is what the analyst reads
     */
    RestColumnResize(TableColumn<S, ?> rest, double restShare) {
        this.rest = rest;
        this.restShare = restShare;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Boolean call(TableView.ResizeFeatures f) {
        return resize((TableView.ResizeFeatures<Object>) f);
    }

    private <T> boolean resize(TableView.ResizeFeatures<T> f) {
        TableView<T> table = f.getTable();
        TableColumn<T, ?> dragged = f.getColumn();
        if (dragged != null && f.getDelta() != 0) {
            // The quote's own edge sits against the next column: dragging it resizes that one instead.
            TableColumn<T, ?> target = dragged;
            double delta = f.getDelta();
            if ((Object) dragged == rest) {
                List<TableColumn<T, ?>> visible = table.getVisibleLeafColumns();
                int i = visible.indexOf((Object) rest);
                if (i < 0 || i + 1 >= visible.size()) {
                    return false;
                }
                target = visible.get(i + 1);
                delta = -delta;
            }
            target.setPrefWidth(clamp(target.getWidth() + delta, target));
        }
        fit(f, f.getContentWidth());
        return true;
    }

    private <T> void fit(TableView.ResizeFeatures<T> f, double width) {
        List<TableColumn<T, ?>> visible = f.getTable().getVisibleLeafColumns();
        double[] w = new double[visible.size()];
        double used = 0;
        double slack = 0;
        for (int i = 0; i < w.length; i++) {
            TableColumn<T, ?> c = visible.get(i);
            if ((Object) c != rest) {
                w[i] = Math.floor(clamp(c.getPrefWidth(), c));
                used += w[i];
                slack += w[i] - c.getMinWidth();
            }
        }
        double restMin = visible.contains((Object) rest) ? Math.max(rest.getMinWidth(), Math.floor(width * restShare)) : 0;
        double missing = used + restMin - width;
        if (missing > 0 && slack > 0) {
            double share = Math.min(1, missing / slack);
            used = 0;
            for (int i = 0; i < w.length; i++) {
                TableColumn<T, ?> c = visible.get(i);
                if ((Object) c != rest) {
                    w[i] = Math.floor(w[i] - (w[i] - c.getMinWidth()) * share);
                    used += w[i];
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            TableColumn<T, ?> c = visible.get(i);
            if ((Object) c == rest) {
                w[i] = Math.max(restMin, Math.floor(width - used));
            }
            f.setColumnWidth(c, w[i]);
        }
    }

    private static double clamp(double v, TableColumn<?, ?> c) {
        return Math.max(c.getMinWidth(), Math.min(c.getMaxWidth(), v));
    }
}
