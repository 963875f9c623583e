package org.quotestance.ui.articles;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quotestance.app.ArticleSummary;
import org.quotestance.ui.StyleClasses;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The left-hand list of articles; binds to {@link ArticleListViewModel}. */
public final class ArticleListView extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final ListView<ArticleSummary> list = new ListView<>();
    private final TextField filter = new TextField();
    private boolean syncing;

    public ArticleListView(ArticleListViewModel vm) {
        getStyleClass().add("qs-article-list");
        setSpacing(8);
        setPadding(new Insets(10, 8, 8, 8));
        Label heading = new Label("Articles");
        heading.getStyleClass().add(StyleClasses.PANE_TITLE);

        filter.setId("article-filter");
        filter.setPromptText("Filter by title, outlet or date");
        filter.textProperty().bindBidirectional(vm.filterProperty());

        ComboBox<ArticleSort> sort = new ComboBox<>();
        sort.getItems().setAll(ArticleSort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setTooltip(new Tooltip("Order of the list"));
        CheckBox unreviewed = new CheckBox("Unreviewed first");
        unreviewed.selectedProperty().bindBidirectional(vm.unreviewedFirstProperty());
        HBox options = new HBox(8, sort, unreviewed);
        options.setAlignment(Pos.CENTER_LEFT);

        list.setId("article-list");
        list.setItems(vm.items());
        list.setCellFactory(v -> new SummaryCell());
        Label placeholder = new Label("No articles yet.\nDrop files or folders here, or press Ctrl+I to import.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.EMPTY_STATE);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> select(b));
        // A filter or re-sort rebuilds the rows; keep the article that is open selected.
        vm.items().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> select(vm.selectedProperty().get()));
        getChildren().addAll(heading, filter, options, list);
    }

    private void select(ArticleSummary s) {
        syncing = true;
        try {
            if (s == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
            }
        } finally {
            syncing = false;
        }
    }

    public ListView<ArticleSummary> listView() {
        return list;
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private static final class SummaryCell extends ListCell<ArticleSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label quotes = new Label();
        private final Label unreviewed = new Label();
        private final VBox box;

        SummaryCell() {
            title.getStyleClass().add(StyleClasses.ROW_TITLE);
            title.setWrapText(true);
            title.setMaxHeight(Region.USE_PREF_SIZE);
            meta.getStyleClass().add(StyleClasses.ROW_META);
            quotes.getStyleClass().add(StyleClasses.BADGE);
            unreviewed.getStyleClass().addAll(StyleClasses.BADGE, StyleClasses.BADGE_UNREVIEWED);
            // Badges keep their full text; the outlet and date give way first.
            quotes.setMinWidth(Region.USE_PREF_SIZE);
            unreviewed.setMinWidth(Region.USE_PREF_SIZE);
            meta.setMinWidth(0);
            HBox badges = new HBox(6, quotes, unreviewed);
            badges.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, title, meta, badges);
            box.getStyleClass().add(StyleClasses.ARTICLE_ROW);
            box.setMinWidth(0);
            box.setPrefWidth(1);
        }

        @Override
        protected void updateItem(ArticleSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(s.title() == null || s.title().isBlank() ? "Untitled article" : s.title());
            String outlet = s.outlet() == null || s.outlet().isBlank() ? "Unknown outlet" : s.outlet();
            meta.setText(s.published() == null ? outlet : outlet + " · " + DATE.format(s.published()));
            quotes.setText(s.quotes() + (s.quotes() == 1 ? " quote" : " quotes"));
            unreviewed.setText(s.unreviewed() + " to review");
            unreviewed.setVisible(s.unreviewed() > 0);
            unreviewed.setManaged(s.unreviewed() > 0);
            setTooltip(new Tooltip(title.getText()));
            setGraphic(box);
            setText(null);
        }
    }
}
