package org.quotestance.ui.articles;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.quotestance.app.ArticleSummary;
import org.quotestance.ui.StyleClasses;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One article of the list: its title on up to {@link #TITLE_LINES} lines (ellipsis after that; the
 * tooltip has all of it), the outlet and date, and the counts of quotes and of quotes to review.
 */
final class ArticleSummaryCell extends ListCell<ArticleSummary> {
    static final int TITLE_LINES = 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Room the list's vertical scroll bar may take; the cell must not wrap under it. */
    private static final double SCROLL_BAR_ALLOWANCE = 16;

    private final TitleLabel title = new TitleLabel();
    private final Label meta = new Label();
    private final Label quotes = new Label();
    private final Label unreviewed = new Label();
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();

    ArticleSummaryCell() {
        getStyleClass().add("qs-article-cell");
        title.getStyleClass().add(StyleClasses.ROW_TITLE);
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setAlignment(Pos.TOP_LEFT);
        meta.getStyleClass().add(StyleClasses.ROW_META);
        meta.setMinWidth(0);
        quotes.getStyleClass().add(StyleClasses.BADGE);
        unreviewed.getStyleClass().addAll(StyleClasses.BADGE, StyleClasses.BADGE_UNREVIEWED);
        // Badges keep their full text.
        quotes.setMinWidth(Region.USE_PREF_SIZE);
        unreviewed.setMinWidth(Region.USE_PREF_SIZE);
        HBox badges = new HBox(6, quotes, unreviewed);
        badges.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, title, meta, badges);
        box.getStyleClass().add(StyleClasses.ARTICLE_ROW);
        box.setMinWidth(0);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(500));
        // The cell must never ask for more width than the list has: the title wraps instead.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleSummary s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        title.setFullText(titleOf(s));
        meta.setText(metaOf(s));
        quotes.setText(s.quotes() + (s.quotes() == 1 ? " quote" : " quotes"));
        unreviewed.setText(s.unreviewed() + " to review");
        unreviewed.setVisible(s.unreviewed() > 0);
        unreviewed.setManaged(s.unreviewed() > 0);
        tooltip.setText(title.fullText() + "\n" + meta.getText());
        setTooltip(tooltip);
        setAccessibleText(title.fullText() + ", " + meta.getText() + ", " + quotes.getText()
                + (s.unreviewed() > 0 ? ", " + unreviewed.getText() : ""));
        setGraphic(box);
    }

    static String titleOf(ArticleSummary s) {
        return s.title() == null || s.title().isBlank() ? "Untitled article" : s.title().strip();
    }

    static String metaOf(ArticleSummary s) {
        String outlet = s.outlet() == null || s.outlet().isBlank() ? "Unknown outlet" : s.outlet();
        // The date first: it has a fixed width, so the rows line up, and a long outlet name is what gets cut.
        return s.published() == null ? outlet : DATE.format(s.published()) + " · " + outlet;
    }

    /**
     * As tall as the title wrapped to the list's width: a list asks its cells for their height
     * before it gives them a width, and a wrapping label alone would answer "one line".
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getListView() == null) {
            return super.computePrefHeight(width);
        }
        double w = getWidth() > 0 ? getWidth() : getListView().getWidth() - SCROLL_BAR_ALLOWANCE;
        double inner = Math.max(60, w - snappedLeftInset() - snappedRightInset());
        return Math.ceil(box.prefHeight(inner)) + snappedTopInset() + snappedBottomInset();
    }

    /**
     * The title's label: wraps, but never to more than {@link #TITLE_LINES} lines. The text is cut
     * at a word and ends in "…" here, for the width the label has, rather than left to the label's
     * own clipping, which shows a single line and an ellipsis when two lines would just fit.
     */
    static final class TitleLabel extends Label {
        private String full = "";
        private double fittedWidth = -1;

        void setFullText(String text) {
            full = text;
            fittedWidth = -1;
            setText(text);
        }

        String fullText() {
            return full;
        }

        @Override
        protected double computePrefHeight(double width) {
            fit(width);
            return super.computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            fit(getWidth());
            super.layoutChildren();
        }

        private void fit(double width) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            if (inner <= 0 || inner == fittedWidth) {
                return;
            }
            fittedWidth = inner;
            String f = LineFit.fit(full, getFont(), inner, TITLE_LINES);
            if (!f.equals(getText())) {
                setText(f);
            }
        }
    }
}
