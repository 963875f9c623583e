package org.quotestance.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.quotestance.model.Quote;
import org.quotestance.ui.about.AboutDialog;
import org.quotestance.ui.about.AboutInfo;
import org.quotestance.ui.article.ArticleView;
import org.quotestance.ui.codebook.CodebookView;
import org.quotestance.ui.export.ExportContext;
import org.quotestance.ui.export.ExportDialog;
import org.quotestance.ui.codebook.CodebookViewModel;
import org.quotestance.ui.search.SearchView;
import org.quotestance.ui.search.SearchViewModel;
import org.quotestance.ui.article.HighlightPalette;
import org.quotestance.ui.articles.ArticleListView;
import org.quotestance.ui.quote.QuotePanelView;

import java.nio.file.Path;
import java.util.List;

/**
 * The analyst's desk: menus, the article list (left), the article (centre), the quote panel
 * (right) and the status bar. Keys that act on quotes are handled here, once for the whole window,
 * and ignored while the analyst types in a text field.
 */
public final class DeskWindow extends BorderPane {
    public static final String STYLESHEET = DeskWindow.class.getResource("desk.css").toExternalForm();

    private final DeskViewModel vm;
    private final FileDialogs dialogs;
    private final SetImportPrompt setImportPrompt;
    private final Runnable quit;
    private final ArticleListView articleList;
    private final ArticleView articleView;
    private final QuotePanelView quotePanel;
    private final SplitPane split;
    private final TabPane centre = new TabPane();
    private final Tab articleTab;
    private final Tab codebookTab = new Tab("Codebook");
    private final Tab searchTab = new Tab("Search");
    private SearchView searchView;
    private final MenuItem undoItem = new MenuItem("Undo");
    private final MenuItem redoItem = new MenuItem("Redo");
    private final Menu recentMenu = new Menu("Recent projects");
    private Theme theme = Theme.LIGHT;
    private String paletteUrl;
    private boolean swallowTyped;

    public DeskWindow(DeskViewModel vm, FileDialogs dialogs, Runnable quit) {
        this(vm, dialogs, null, quit);
    }

    /** @param setImportPrompt asks where a .qdpx opened from the desktop goes; null for the real dialog */
    public DeskWindow(DeskViewModel vm, FileDialogs dialogs, SetImportPrompt setImportPrompt, Runnable quit) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.setImportPrompt = setImportPrompt != null ? setImportPrompt
                : (file, project) -> new SetImportAlert(getScene() == null ? null : getScene().getWindow()).ask(file, project);
        this.quit = quit;
        getStyleClass().add(StyleClasses.DESK);
        getStylesheets().add(STYLESHEET);
        articleList = new ArticleListView(vm.articles());
        articleView = new ArticleView(vm.article(), vm.tasks().executor(), vm.tasks().fx());
        quotePanel = new QuotePanelView(vm.quotePanel());

        articleTab = new Tab("Article", articleView);
        articleTab.setClosable(false);
        codebookTab.setClosable(false);
        codebookTab.setId("codebook-tab");
        searchTab.setClosable(false);
        searchTab.setId("search-tab");
        centre.getTabs().addAll(articleTab, searchTab, codebookTab);
        // The search and codebook panes are built when their tab first comes to the front: a tab
        // pane styles and lays out the content of every tab, shown or not (docs/adr/0604).
        searchTab.setOnSelectionChanged(e -> buildSearchView());
        codebookTab.setOnSelectionChanged(e -> buildCodebookView());
        vm.searchProperty().addListener((o, a, b) -> showSearch(b));
        showSearch(vm.searchProperty().get());
        vm.setOnArticleOpened(() -> {
            centre.getSelectionModel().select(articleTab);
            articleView.focusText();
        });
        vm.codebookEditorProperty().addListener((o, a, b) -> showCodebookEditor(b));
        showCodebookEditor(vm.codebookEditorProperty().get());
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        split = new SplitPane(articleList, centre, quotePanel);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(articleList, false);
        SplitPane.setResizableWithParent(quotePanel, false);
        articleList.setMinWidth(200);
        quotePanel.setMinWidth(240);

        setTop(menus());
        setCenter(split);
        setBottom(statusBar());

        vm.article().codebookProperty().addListener((o, a, b) -> applyPalette());
        applyPalette();
        installDropTarget();
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // A key that moved focus into a field (N, S) must not also type its letter there.
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    // ---- menus ------------------------------------------------------------------------------

    private MenuBar menus() {
        MenuItem newProject = item("New project…", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> dialogs.chooseNewProject().ifPresent(p -> vm.openProject(p, true)));
        MenuItem open = item("Open project…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> dialogs.chooseProjectToOpen().ifPresent(p -> vm.openProject(p, false)));
        recentMenu.setId("recent-menu");
        vm.recentProjects().addListener((ListChangeListener<String>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem importItem = item("Import…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                this::importChosenFiles);
        importItem.setId("import-item");
        importItem.disableProperty().bind(vm.sessionProperty().isNull());
        MenuItem exportItem = item("Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export);
        exportItem.setId("export-item");
        exportItem.disableProperty().bind(vm.sessionProperty().isNull());
        MenuItem quitItem = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        Menu file = new Menu("File", null, newProject, open, recentMenu, new SeparatorMenuItem(), importItem,
                exportItem, new SeparatorMenuItem(), quitItem);
        file.setId("file-menu");

        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo());
        redoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoItem.setOnAction(e -> redo());
        vm.edits().undoTextProperty().addListener(o -> refreshUndoItems());
        vm.edits().redoTextProperty().addListener(o -> refreshUndoItems());
        vm.edits().canUndoProperty().addListener(o -> refreshUndoItems());
        vm.edits().canRedoProperty().addListener(o -> refreshUndoItems());
        centre.getSelectionModel().selectedItemProperty().addListener(o -> refreshUndoItems());
        refreshUndoItems();
        Menu edit = new Menu("Edit", null, undoItem, redoItem);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(true);
        light.setOnAction(e -> chooseTheme(Theme.LIGHT));
        dark.setOnAction(e -> chooseTheme(Theme.DARK));
        vm.settingsProperty().addListener((o, a, b) -> (Theme.of(b.theme()).isDark() ? dark : light).setSelected(true));
        MenuItem find = item("Search quotes", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        find.setId("search-item");
        MenuItem articleItem = item("Article", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> {
            centre.getSelectionModel().select(articleTab);
            articleView.focusText();
        });
        MenuItem codebookItem = item("Codebook", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::openCodebook);
        MenuItem filter = item("Filter articles", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                articleList::focusFilter);
        Menu view = new Menu("View", null, articleItem, find, codebookItem, filter, new SeparatorMenuItem(), light, dark);

        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), KeyboardHelp::show);
        MenuItem about = new MenuItem("About QuoteStance");
        about.setOnAction(e -> new AboutDialog(AboutInfo.current(), getScene().getWindow()).showAndWait());
        Menu help = new Menu("Help", null, keys, about);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** File → Export…: the project, the article on screen or the current search result. */
    private void export() {
        var session = vm.sessionProperty().get();
        if (session == null) {
            return;
        }
        var shown = vm.article().articleProperty().get();
        SearchViewModel search = vm.searchProperty().get();
        String query = search == null ? null : search.effectiveQuery();
        ExportContext ctx = new ExportContext(shown == null ? null : shown.id(), shown == null ? null : shown.meta().title(),
                query == null || query.isBlank() ? null : query);
        ExportDialog.show(getScene().getWindow(), session, vm.tasks().executor(), ctx);
    }

    // ---- import -------------------------------------------------------------------------------

    /** Files dropped on the window: imported like the chooser's (the drop handler's whole job). */
    public void importDropped(List<java.io.File> files) {
        if (vm.sessionProperty().get() != null && !files.isEmpty()) {
            vm.importFiles(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** File → Import (Ctrl+I): the files the chooser returns. */
    public void importChosenFiles() {
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            vm.importFiles(files);
        }
    }

    /**
     * A .qdpx was opened from the desktop (or named on the command line): asks whether it goes
     * into the open project or a new one, then imports it.
     */
    public void offerSetImport(Path file) {
        String open = vm.sessionProperty().get() == null ? null : vm.projectNameProperty().get();
        switch (setImportPrompt.ask(file, open)) {
            case OPEN_PROJECT -> vm.importSet(file);
            case NEW_PROJECT -> dialogs.chooseNewProject().ifPresent(dir -> vm.importSetIntoNewProject(file, dir));
            case NOWHERE -> { }
        }
    }

    private void installDropTarget() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.sessionProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importDropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        vm.lastImportProperty().addListener((o, a, summary) -> {
            if (summary != null && summary.hasFailures() && getScene() != null) {
                ImportSummaryDialog.show(summary, getScene().getWindow());
            }
        });
    }

    // ---- undo: the article's history, or the codebook editor's while its tab is in front --------

    private boolean codebookInFront() {
        return centre.getSelectionModel().getSelectedItem() == codebookTab && vm.codebookEditorProperty().get() != null;
    }

    private void undo() {
        if (codebookInFront()) {
            vm.codebookEditorProperty().get().undo();
        } else {
            vm.undo();
        }
    }

    private void redo() {
        if (codebookInFront()) {
            vm.codebookEditorProperty().get().redo();
        } else {
            vm.redo();
        }
    }

    private void refreshUndoItems() {
        CodebookViewModel cb = vm.codebookEditorProperty().get();
        if (codebookInFront()) {
            undoItem.setText(cb.undoLabelProperty().get());
            redoItem.setText(cb.redoLabelProperty().get());
            undoItem.setDisable(!cb.canUndoProperty().get());
            redoItem.setDisable(!cb.canRedoProperty().get());
        } else {
            undoItem.setText(vm.edits().undoTextProperty().get());
            redoItem.setText(vm.edits().redoTextProperty().get());
            undoItem.setDisable(!vm.edits().canUndoProperty().get());
            redoItem.setDisable(!vm.edits().canRedoProperty().get());
        }
    }

    /** Ctrl+F: the search tab in front, the caret in its query field. */
    public void openSearch() {
        centre.getSelectionModel().select(searchTab);
        if (searchView != null) {
            searchView.focusQuery();
        }
    }

    /** Ctrl+K: the codebook tab in front. */
    public void openCodebook() {
        centre.getSelectionModel().select(codebookTab);
    }

    private void showSearch(SearchViewModel search) {
        searchView = null;
        if (search == null) {
            Label none = new Label("Open a project to search its quotes.");
            none.getStyleClass().add(StyleClasses.EMPTY_STATE);
            searchTab.setContent(none);
        } else {
            searchTab.setContent(null);
            buildSearchView();
        }
    }

    /** The search pane of the open project, if the tab is in front and does not hold it yet. */
    private void buildSearchView() {
        SearchViewModel search = vm.searchProperty().get();
        if (search != null && searchView == null && searchTab.isSelected()) {
            searchView = new SearchView(search);
            searchTab.setContent(searchView);
        }
    }

    private void showCodebookEditor(CodebookViewModel cb) {
        if (cb == null) {
            Label none = new Label("Open a project to edit its codebook.");
            none.getStyleClass().add(StyleClasses.EMPTY_STATE);
            codebookTab.setContent(none);
        } else {
            codebookTab.setContent(null);
            buildCodebookView();
            cb.undoLabelProperty().addListener(o -> refreshUndoItems());
            cb.redoLabelProperty().addListener(o -> refreshUndoItems());
            cb.canUndoProperty().addListener(o -> refreshUndoItems());
            cb.canRedoProperty().addListener(o -> refreshUndoItems());
        }
        refreshUndoItems();
    }

    /** The codebook editor of the open project, if the tab is in front and does not hold it yet. */
    private void buildCodebookView() {
        CodebookViewModel cb = vm.codebookEditorProperty().get();
        if (cb != null && codebookTab.isSelected() && !(codebookTab.getContent() instanceof CodebookView)) {
            codebookTab.setContent(new CodebookView(cb));
        }
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(key);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (String p : vm.recentProjects()) {
            MenuItem m = new MenuItem(p);
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.openProject(Path.of(p), false));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    // ---- status bar ---------------------------------------------------------------------------

    private Node statusBar() {
        Label project = new Label();
        project.setId("status-project");
        project.textProperty().bind(Bindings.when(vm.projectNameProperty().isEmpty())
                .then("No project open").otherwise(vm.projectNameProperty()));
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(vm.countsBinding());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        Label activity = new Label();
        activity.textProperty().bind(vm.tasks().activityProperty());
        Button cancel = new Button("Stop");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.visibleProperty().bind(vm.importingBinding());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.tasks().progressProperty());
        progress.visibleProperty().bind(vm.tasks().runningProperty().greaterThan(0));
        activity.visibleProperty().bind(progress.visibleProperty());
        message.visibleProperty().bind(progress.visibleProperty().not());
        HBox bar = new HBox(project, counts, spacer, message, activity, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }

    // ---- keys ---------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        swallowTyped = false;
        if (focus instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                articleView.focusText();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() && !isArrow(e.getCode())
                || centre.getSelectionModel().getSelectedItem() != articleTab) {
            return;
        }
        if (handleKey(e)) {
            swallowTyped = true;
            e.consume();
        }
    }

    private static boolean isArrow(KeyCode c) {
        return c == KeyCode.LEFT || c == KeyCode.RIGHT;
    }

    private boolean handleKey(KeyEvent e) {
        var article = vm.article();
        KeyCode code = e.getCode();
        if (e.isAltDown()) {
            return nudgeSpan(code == KeyCode.RIGHT ? 1 : -1, e.isShiftDown());
        }
        if (code.isDigitKey() && !e.isShiftDown()) {
            String digit = e.getText() != null && !e.getText().isEmpty() ? e.getText() : code.getName().replaceAll("\\D", "");
            return !digit.isEmpty() && !"0".equals(digit) && article.toggleStanceByShortcut(digit);
        }
        IndexRange sel = articleView.textSelection();
        switch (code) {
            case J -> article.next();
            case K -> article.previous();
            case A -> article.accept();
            case R -> article.reject();
            case N -> quotePanel.focusNote();
            case Q -> {
                if (sel.getLength() == 0 || !article.makeQuote(sel.getStart(), sel.getEnd())) {
                    return false;
                }
                articleView.textArea().deselect();
            }
            case S -> {
                if (e.isShiftDown()) {
                    if (sel.getLength() == 0) {
                        return false;
                    }
                    article.setSpeakerMention(sel.getStart(), sel.getEnd());
                    articleView.textArea().deselect();
                } else {
                    quotePanel.focusSpeaker();
                }
            }
            case C -> {
                if (!e.isShiftDown() || sel.getLength() == 0) {
                    return false;
                }
                article.setCue(sel.getStart(), sel.getEnd());
                articleView.textArea().deselect();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Alt+Left/Right moves the selected quote's end by a character, with Shift its start. */
    private boolean nudgeSpan(int by, boolean start) {
        Quote q = vm.article().selectedQuoteProperty().get();
        if (q == null) {
            return false;
        }
        if (start) {
            vm.article().setSpan(q.span().start() + by, q.span().end());
        } else {
            vm.article().setSpan(q.span().start(), q.span().end() + by);
        }
        return true;
    }

    // ---- theme --------------------------------------------------------------------------------

    private void chooseTheme(Theme t) {
        applyTheme(t);
        vm.updateSettings(s -> s.withTheme(t.id()));
    }

    /** Switches light/dark: the base stylesheet, the desk's variables and the stance colours. */
    public void applyTheme(Theme t) {
        theme = t;
        t.applyBase();
        getStyleClass().remove(StyleClasses.DARK);
        if (t.isDark()) {
            getStyleClass().add(StyleClasses.DARK);
        }
        applyPalette();
    }

    private void applyPalette() {
        if (paletteUrl != null) {
            getStylesheets().remove(paletteUrl);
        }
        paletteUrl = HighlightPalette.stylesheetUrl(vm.article().codebookProperty().get(), theme.isDark());
        getStylesheets().add(paletteUrl);
    }

    // ---- for the application and tests ---------------------------------------------------------

    /** Focus on the article text, where the review keys work. */
    public void focusArticle() {
        articleView.focusText();
    }

    public ArticleView articleView() {
        return articleView;
    }

    /** File → Recent projects (most recent first). */
    public Menu recentMenu() {
        return recentMenu;
    }

    public SplitPane split() {
        return split;
    }

    public TabPane centre() {
        return centre;
    }

    public List<Double> dividers() {
        return java.util.Arrays.stream(split.getDividerPositions()).boxed().toList();
    }

    /** Puts the dividers back (see {@link WindowPlacement#restoreDividers}); ignored when their number differs. */
    public void restoreDividers(List<Double> positions) {
        WindowPlacement.restoreDividers(this, positions);
    }

    /** Installs the desk on a scene: its root, and nothing else the scene does not already own. */
    public Scene sceneOf(double width, double height) {
        return new Scene(this, width, height);
    }
}
