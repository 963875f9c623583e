package org.quotestance.ui.articles;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.quotestance.app.ArticleSummary;
import org.quotestance.ui.StyleClasses;


/** The left-hand list of articles; binds to {@link ArticleListViewModel}. */
public final class ArticleListView extends VBox {
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
        list.setCellFactory(v -> new ArticleSummaryCell());
        list.setPlaceholder(emptyState(vm));
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

    /** What the empty list says: import something, or (when the filter hides every article) clear the filter. */
    private static VBox emptyState(ArticleListViewModel vm) {
        Label message = new Label();
        message.setId("article-list-empty");
        message.setWrapText(true);
        message.textProperty().bind(vm.emptyMessage());
        message.getStyleClass().add(StyleClasses.EMPTY_STATE);
        Button clear = new Button("Clear filter");
        clear.setId("article-filter-clear");
        clear.getStyleClass().addAll("flat", "accent");
        clear.setOnAction(e -> vm.clearFilter());
        clear.visibleProperty().bind(vm.filterHidesAll());
        clear.managedProperty().bind(clear.visibleProperty());
        VBox box = new VBox(4, message, clear);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
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
}
