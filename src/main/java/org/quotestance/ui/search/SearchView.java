package org.quotestance.ui.search;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.quotestance.app.search.FacetCount;
import org.quotestance.app.search.FacetCounts;
import org.quotestance.app.search.Hit;
import org.quotestance.app.search.SortOrder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search pane: the query field (with completion, the error line under it and the filter
 * chips), facet lists on the left, the result table on the right. Typing searches after a pause
 * of {@link #DEBOUNCE}; Enter in the field searches at once; Enter or a double click on a row
 * opens the hit. See the package documentation for how to embed it.
 */
public final class SearchView extends BorderPane {
    public static final Duration DEBOUNCE = Duration.millis(250);
    public static final String QUERY_ID = "searchQuery";
    public static final String ERROR_ID = "searchError";
    public static final String TABLE_ID = "searchResults";
    public static final String FACETS_ID = "searchFacets";
    public static final String CHIPS_ID = "searchChips";
    public static final String SUMMARY_ID = "searchSummary";
    /** Style class of one clickable facet value (a Button whose user data is "dimension/value"). */
    public static final String FACET_ROW = "facet-row";
    public static final String CHIP = "filter-chip";
    private static final Map<String, String> TITLES = Map.of(FacetCounts.SPEAKER, "Speaker", FacetCounts.STANCE,
            "Stance", FacetCounts.OUTLET, "Outlet", FacetCounts.KIND, "Kind", FacetCounts.STATUS, "Status",
            FacetCounts.MONTH, "Month");
    private static final int FACET_ROWS = 10;
    private static final double COMPLETION_ROW = 30;
    /** The quote column never gets narrower than this; the others shrink (or hide) first. */
    public static final double QUOTE_MIN_WIDTH = 160;
    /** Below this table width the outlet column hides, so the quote keeps room to be read. */
    public static final double OUTLET_MIN_TABLE_WIDTH = 720;
    /** The quote gets at least this part of the table's width (the others shrink to their minimum first). */
    public static final double QUOTE_SHARE = 0.5;
    /** Below this one the date hides too (speaker and stance stay). */
    public static final double DATE_MIN_TABLE_WIDTH = 560;
    /** Then the stance, then the speaker: in a very narrow pane only the quote is left. */
    public static final double STANCE_MIN_TABLE_WIDTH = 420;
    public static final double SPEAKER_MIN_TABLE_WIDTH = 300;

    private final SearchViewModel vm;
    private final TextField query = new TextField();
    private final Label error = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox facetBox = new VBox(2);
    private final TableView<Hit> table = new TableView<>();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Popup completionPopup = new Popup();
    private final ListView<QueryCompletion.Suggestion> completionList = new ListView<>();
    /** Set while the field's text is being replaced by a chosen completion (no new popup for it). */
    private boolean completing;

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("search-view");
        getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
        setTop(header());
        SplitPane split = new SplitPane(facetPane(), resultTable());
        split.setDividerPositions(0.24);
        keepFacetShare(split);
        setCenter(split);
        setBottom(statusLine());
        buildCompletion();

        vm.facetsProperty().addListener((o, a, f) -> showFacets(f));
        vm.filters().addListener((ListChangeListener<SearchFilter>) c -> showChips());
        showChips();
        vm.search(); // counts the quotes for "Type to search N quotes" and fills the facets
    }

    /**
     * The facets keep their share of the width as the pane narrows or widens (down to their
     * minimum), so the table is never squeezed out; the share is what the analyst last dragged
     * the divider to. (A SplitPane would otherwise remember a position its minimum forced.)
     */
    private static void keepFacetShare(SplitPane split) {
        double[] share = {split.getDividerPositions()[0]};
        boolean[] dragging = {false};
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> dragging[0] = true);
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> dragging[0] = false);
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
            if (dragging[0]) {
                share[0] = b.doubleValue();
            }
        });
        split.widthProperty().addListener((o, a, b) -> split.setDividerPosition(0, share[0]));
    }

    /** Puts the caret in the query field (the window calls this for Ctrl+F). */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    // ---- header: field, error line, chips ---------------------------------------------------

    private VBox header() {
        query.setId(QUERY_ID);
        query.setPromptText("Search quotes: words, \"a phrase\", speaker:, stance:, outlet:, published:2025-02, AND OR NOT");
        query.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        debounce.setOnFinished(e -> vm.search());
        query.textProperty().addListener((o, a, b) -> {
            debounce.playFromStart();
            if (!completing) {
                updateCompletion();
            }
        });
        query.caretPositionProperty().addListener((o, a, b) -> {
            if (!completing && query.isFocused()) {
                updateCompletion();
            }
        });
        query.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                completionPopup.hide();
            }
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::queryKey);

        ChoiceBox<SortOrder> sort = new ChoiceBox<>();
        sort.getItems().setAll(SortOrder.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder s) {
                return s == null ? "" : s == SortOrder.DATE ? "Newest first" : "Best match";
            }

            @Override
            public SortOrder fromString(String s) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setId("searchSort");
        sort.setTooltip(new Tooltip("Order of the results"));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.searchingProperty());

        HBox line = new HBox(8, new FontIcon("mdi2m-magnify"), query, spinner, sort);
        line.setAlignment(Pos.CENTER_LEFT);

        error.setId(ERROR_ID);
        error.getStyleClass().add("search-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        chips.setId(CHIPS_ID);
        chips.managedProperty().bind(Bindings.isNotEmpty(chips.getChildren()));
        chips.visibleProperty().bind(chips.managedProperty());

        VBox top = new VBox(6, line, error, chips);
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("search-header");
        return top;
    }

    private void queryKey(KeyEvent e) {
        boolean popup = completionPopup.isShowing();
        switch (e.getCode()) {
            case DOWN -> {
                if (popup) {
                    completionList.getSelectionModel().selectNext();
                } else if (!table.getItems().isEmpty()) {
                    table.requestFocus();
                    if (table.getSelectionModel().isEmpty()) {
                        table.getSelectionModel().select(0);
                    }
                }
                e.consume();
            }
            case UP -> {
                if (popup) {
                    completionList.getSelectionModel().selectPrevious();
                    e.consume();
                }
            }
            case TAB -> {
                if (popup && !completionList.getItems().isEmpty()) {
                    QueryCompletion.Suggestion s = completionList.getSelectionModel().getSelectedItem();
                    choose(s != null ? s : completionList.getItems().get(0));
                    e.consume();
                }
            }
            case ENTER -> {
                if (popup && completionList.getSelectionModel().getSelectedItem() != null) {
                    choose(completionList.getSelectionModel().getSelectedItem());
                } else {
                    completionPopup.hide();
                    debounce.stop();
                    vm.search();
                }
                e.consume();
            }
            case ESCAPE -> {
                if (popup) {
                    completionPopup.hide();
                    e.consume();
                }
            }
            default -> { }
        }
    }

    private void showChips() {
        chips.getChildren().clear();
        for (SearchFilter f : vm.filters()) {
            Button chip = new Button(f.chipText(), new FontIcon("mdi2c-close"));
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().add(CHIP);
            chip.setFocusTraversable(false);
            chip.setTooltip(new Tooltip("Remove this filter"));
            chip.setOnAction(e -> vm.removeFilter(f));
            chips.getChildren().add(chip);
        }
        if (vm.filters().size() > 1) {
            Button clear = new Button("Clear all");
            clear.getStyleClass().addAll(CHIP, "clear-chips");
            clear.setOnAction(e -> vm.clearFilters());
            chips.getChildren().add(clear);
        }
    }

    // ---- completion -------------------------------------------------------------------------

    private void buildCompletion() {
        completionList.getStyleClass().addAll("search-view", "search-completion");
        // The popup is a scene of its own: it sees this pane's stylesheet only when given it.
        completionList.getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
        completionList.setFixedCellSize(COMPLETION_ROW);
        completionList.setPrefWidth(380);
        completionList.setFocusTraversable(false);
        completionList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(QueryCompletion.Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(s.detail());
                kind.getStyleClass().add("completion-kind");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                setText(null);
                setGraphic(new HBox(8, new Label(s.label()), gap, kind));
            }
        });
        completionList.setOnMouseClicked(e -> {
            if (completionList.getSelectionModel().getSelectedItem() != null) {
                choose(completionList.getSelectionModel().getSelectedItem());
            }
        });
        completionPopup.getContent().add(completionList);
        completionPopup.setAutoHide(true);
        // A click elsewhere (a facet, a row) closes the list and still does what it was meant to.
        completionPopup.setConsumeAutoHidingEvents(false);
    }

    private void updateCompletion() {
        List<QueryCompletion.Suggestion> s = vm.suggestions(query.getText(), query.getCaretPosition());
        if (s.isEmpty() || !query.isFocused() || getScene() == null) {
            completionPopup.hide();
            return;
        }
        completionList.getItems().setAll(s);
        completionList.setPrefHeight(Math.min(8, s.size()) * COMPLETION_ROW + 6);
        // Nothing chosen until Down or Tab: Enter keeps meaning "search now".
        completionList.getSelectionModel().clearSelection();
        if (!completionPopup.isShowing()) {
            var p = query.localToScreen(0, query.getHeight());
            if (p != null) {
                completionPopup.show(query, p.getX(), p.getY());
            }
        }
    }

    private void choose(QueryCompletion.Suggestion s) {
        completing = true;
        try {
            query.setText(s.text());
            query.positionCaret(s.caret());
        } finally {
            completing = false;
        }
        completionPopup.hide();
        // A field name was completed ("speaker:"): offer its values right away.
        if (s.text().charAt(s.caret() - 1) == ':') {
            updateCompletion();
        }
    }

    // ---- facets -----------------------------------------------------------------------------

    private ScrollPane facetPane() {
        facetBox.setId(FACETS_ID);
        facetBox.setPadding(new Insets(8));
        facetBox.getStyleClass().add("search-facets");
        ScrollPane scroll = new ScrollPane(facetBox);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(170);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private void showFacets(FacetCounts facets) {
        facetBox.getChildren().clear();
        for (String dim : FacetCounts.DIMENSIONS) {
            List<FacetCount> values = facets.get(dim);
            if (values.isEmpty()) {
                continue;
            }
            Label title = new Label(TITLES.getOrDefault(dim, dim));
            title.getStyleClass().add("facet-title");
            facetBox.getChildren().add(title);
            List<FacetCount> shown = FacetCounts.MONTH.equals(dim) && values.size() > FACET_ROWS
                    ? values.subList(values.size() - FACET_ROWS, values.size()) // the latest months
                    : values.subList(0, Math.min(FACET_ROWS, values.size()));
            for (FacetCount v : shown) {
                facetBox.getChildren().add(facetRow(dim, v));
            }
        }
    }

    private Button facetRow(String dim, FacetCount v) {
        Label name = new Label(v.label());
        name.setMinWidth(0);
        Label count = new Label(String.format(Locale.ROOT, "%,d", v.count()));
        count.getStyleClass().add("facet-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(6, name, gap, count);
        box.setAlignment(Pos.CENTER_LEFT);
        Button row = new Button(null, box);
        row.getStyleClass().add(FACET_ROW);
        row.setFocusTraversable(false); // the row is rebuilt by its own click; focus stays where the analyst was
        row.setMaxWidth(Double.MAX_VALUE);
        row.setUserData(dim + "/" + v.value());
        row.setAccessibleText(TITLES.getOrDefault(dim, dim) + " " + v.label() + ", " + v.count() + " quotes");
        row.setTooltip(new Tooltip("Show only quotes with " + dim + " " + v.label()));
        row.setOnAction(e -> vm.addFilter(dim, v));
        box.prefWidthProperty().bind(row.widthProperty().subtract(16));
        return row;
    }

    // ---- results ----------------------------------------------------------------------------

    private TableView<Hit> resultTable() {
        table.setId(TABLE_ID);
        table.setItems(vm.hits());
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.placeholderProperty());
        placeholder.getStyleClass().add("search-placeholder");
        table.setPlaceholder(placeholder);
        TableColumn<Hit, Hit> quote = new TableColumn<>("Quote");
        quote.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        quote.setCellFactory(c -> new SnippetCell());
        TableColumn<Hit, String> speaker = textColumn("Speaker", h -> h.speaker() == null ? "—" : h.speaker(), 90, 130, 220);
        TableColumn<Hit, String> stance = textColumn("Stance", h -> String.join(", ", h.stanceNames()), 90, 150, 260);
        TableColumn<Hit, String> date = textColumn("Date", h -> h.published() == null ? ""
                : h.published().format(DateTimeFormatter.ISO_LOCAL_DATE), 104, 104, 104);
        TableColumn<Hit, String> outlet = textColumn("Outlet", h -> h.outlet() == null ? "" : h.outlet(), 90, 130, 200);
        quote.setMinWidth(QUOTE_MIN_WIDTH);
        table.getColumns().setAll(List.of(quote, speaker, stance, date, outlet));
        // The columns always fit the pane (no sideways scrolling): the others stop at their maximum
        // width, so the quote takes what they leave. In a narrow pane the outlet gives way first.
        table.setColumnResizePolicy(new RestColumnResize<>(quote, QUOTE_SHARE));
        outlet.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(OUTLET_MIN_TABLE_WIDTH));
        date.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(DATE_MIN_TABLE_WIDTH));
        stance.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(STANCE_MIN_TABLE_WIDTH));
        speaker.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(SPEAKER_MIN_TABLE_WIDTH));
        table.getColumns().forEach(c -> c.setSortable(false)); // the index sorts (relevance or date)

        table.setRowFactory(t -> {
            TableRow<Hit> row = new TableRow<>() {
                @Override
                protected void updateItem(Hit hit, boolean empty) {
                    super.updateItem(hit, empty);
                    // The last loaded row is on screen: fetch the next page.
                    if (!empty && getIndex() >= vm.hits().size() - 1 && vm.hasMoreProperty().get()) {
                        vm.loadMore();
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private static TableColumn<Hit, String> textColumn(String title, java.util.function.Function<Hit, String> value,
                                                     double min, double pref, double max) {
        TableColumn<Hit, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setMinWidth(min);
        c.setPrefWidth(pref);
        c.setMaxWidth(max);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        return c;
    }

    /** The quote column: the snippet with the matched words in bold, wrapped to the column. */
    private static final class SnippetCell extends TableCell<Hit, Hit> {
        private final SnippetFlow flow = new SnippetFlow();

        SnippetCell() {
            flow.fillProperty().bind(textFillProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /**
         * As tall as the snippet wrapped to the column (a TextFlow alone asks for one long line). The
         * column's width is used, not the cell's: a reused cell may not have been laid out yet.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getTableColumn() == null) {
                return super.computePrefHeight(width);
            }
            double w = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
            return Math.ceil(flow.prefHeight(Math.max(40, w))) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            flow.show(hit.snippet(), hit.text());
            setGraphic(flow);
        }
    }

    private HBox statusLine() {
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE); // the count stays whole; the hint gives way
        Label hint = new Label("Enter or double-click opens the article at the quote");
        hint.getStyleClass().add("search-hint");
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, summary, gap, hint);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add("search-status");
        return box;
    }
}
