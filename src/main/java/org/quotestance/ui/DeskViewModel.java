package org.quotestance.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotestance.app.ArticleSummary;
import org.quotestance.app.Cancellation;
import org.quotestance.app.ImportBatch;
import org.quotestance.app.ImportSummary;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.UserSettings;
import org.quotestance.app.UserSettingsStore;
import org.quotestance.app.exchange.ImportResult;
import org.quotestance.app.exchange.ImportSet;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.ui.article.ArticleViewModel;
import org.quotestance.ui.articles.ArticleListViewModel;
import org.quotestance.ui.codebook.CodebookViewModel;
import org.quotestance.ui.search.SearchViewModel;
import org.quotestance.ui.quote.QuotePanelViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole desk without its nodes: the open project, the article list, the article, the quote
 * panel, undo and redo, the status line and the user's settings. Opening a project, loading an
 * article and saving settings run through {@link UiTasks}; results land here on the FX thread.
 */
public final class DeskViewModel {
    public static final String APP_NAME = "QuoteStance";

    private final UiTasks tasks;
    private final SettingsPort settingsPort;
    private final EditQueue edits;
    private final ArticleListViewModel articles = new ArticleListViewModel();
    private final ArticleViewModel article;
    private final QuotePanelViewModel quotePanel;
    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<SearchViewModel> search = new ReadOnlyObjectWrapper<>(this, "search");
    private Runnable onArticleOpened = () -> { };
    private String quoteToSelect;
    private final ReadOnlyObjectWrapper<CodebookViewModel> codebookEditor = new ReadOnlyObjectWrapper<>(this, "codebookEditor");
    private final ReadOnlyObjectWrapper<ImportSummary> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private final ObjectProperty<Cancellation> importCancel = new SimpleObjectProperty<>(this, "importCancel");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
    private final ObjectProperty<UserSettings> settings = new SimpleObjectProperty<>(this, "settings", UserSettings.DEFAULTS);
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final StringBinding title;
    private final StringBinding counts;
    private String loadingArticleId;

    /** Loads and stores the user's settings; the real one writes to the config folder. */
    public interface SettingsPort {
        UserSettings load();

        void save(UserSettings settings);

        /** Settings kept in a settings file (the app's, or a test's own). */
        static SettingsPort of(UserSettingsStore store) {
            return new SettingsPort() {
                @Override
                public UserSettings load() {
                    return store.load();
                }

                @Override
                public void save(UserSettings settings) {
                    store.save(settings);
                }
            };
        }
    }

    public DeskViewModel(UiTasks tasks, SettingsPort settingsPort) {
        this.tasks = tasks;
        this.settingsPort = settingsPort;
        this.edits = new EditQueue(tasks);
        this.article = new ArticleViewModel(edits);
        this.quotePanel = new QuotePanelViewModel(article);
        title = Bindings.createStringBinding(
                () -> projectName.get().isEmpty() ? APP_NAME : APP_NAME + " — " + projectName.get(), projectName);
        counts = Bindings.createStringBinding(() -> {
            int n = articles.all().size();
            int q = articles.all().stream().mapToInt(ArticleSummary::quotes).sum();
            int u = articles.all().stream().mapToInt(ArticleSummary::unreviewed).sum();
            return plural(n, "article") + " · " + plural(q, "quote") + " · " + u + " unreviewed";
        }, articles.all());
        articles.selectedProperty().addListener((o, a, b) -> {
            String before = a == null ? null : a.id();
            String now = b == null ? null : b.id();
            if (!Objects.equals(before, now)) {
                loadArticle(now);
            }
        });
        edits.onFailure(this::reloadShownArticle);
        settings.addListener((o, a, b) -> recentProjects.setAll(b.recentProjects()));
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Reads the settings (in the background) and then hands them to {@code then}. */
    public CompletableFuture<UserSettings> loadSettings(Consumer<UserSettings> then) {
        return tasks.run("Reading settings", settingsPort::load, s -> {
            settings.set(s);
            then.accept(s);
        });
    }

    public void updateSettings(Function<UserSettings, UserSettings> change) {
        UserSettings next = change.apply(settings.get());
        settings.set(next);
        tasks.run("Saving settings", () -> {
            settingsPort.save(next);
            return next;
        }, s -> { });
    }

    /** Saves settings now, on this thread: for the moment the window closes. */
    public void saveSettingsNow(Function<UserSettings, UserSettings> change) {
        settings.set(change.apply(settings.get()));
        settingsPort.save(settings.get());
    }

    /** Opens (or, with {@code create}, makes) the project in {@code dir}; the current one closes first. */
    public CompletableFuture<Opened> openProject(Path dir, boolean create) {
        ProjectSession previous = session.get();
        return tasks.run(create ? "Creating project" : "Opening project", () -> {
            if (previous != null) {
                previous.close();
            }
            ProjectSession s = create ? ProjectSession.openOrCreate(dir) : ProjectSession.openExisting(dir);
            try {
                return new Opened(s, s.info(), s.speakers(), s.summaries());
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        }, this::adopt).whenComplete((o, e) -> {
            if (e != null && previous != null && session.get() == previous) {
                clearProject();
            }
        });
    }

    /**
     * Finds the start-up project in the background (it may install the sample project first)
     * and opens it. The future says (on the FX thread) whether a project is open afterwards.
     */
    public CompletableFuture<Boolean> openAtStart(java.util.concurrent.Callable<java.util.Optional<Path>> chooser) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        tasks.run("Opening the start-up project", chooser, p -> {
            if (p.isEmpty()) {
                done.complete(false);
            } else {
                openProject(p.get(), false).whenComplete((o, e) -> done.complete(e == null));
            }
        }).whenComplete((p, e) -> {
            if (e != null) {
                done.complete(false);
            }
        });
        return done;
    }

    /** What opening a project read from disk. */
    public record Opened(ProjectSession session, ProjectInfo info, SpeakerRegistry registry, List<ArticleSummary> summaries) {
    }

    private void adopt(Opened o) {
        ProjectSession s = o.session();
        session.set(s);
        edits.reset();
        article.setSession(s);
        article.codebookProperty().set(o.info().codebook());
        article.registryProperty().set(o.registry());
        projectName.set(o.info().name());
        articles.selectedProperty().set(null);
        articles.setAll(o.summaries());
        codebookEditor.set(new CodebookViewModel(s, tasks.executor(), tasks.fx()));
        SearchViewModel sv = new SearchViewModel(s, tasks.executor(), tasks.fx());
        sv.setOnOpenHit(this::openArticleAt);
        search.set(sv);
        s.onInfoSaved(info -> tasks.fx().execute(() -> {
            if (session.get() == s) {
                article.codebookProperty().set(info.codebook());
            }
        }));
        // The session tells us about every save, ours or anyone's, on the thread that saved.
        s.onSaved(a -> tasks.fx().execute(() -> {
            if (session.get() == s) {
                articleSaved(a);
            }
        }));
        updateSettings(st -> st.withRecent(s.dir().toAbsolutePath().toString()));
        if (!articles.items().isEmpty()) {
            articles.selectedProperty().set(articles.items().get(0));
        }
    }

    private void clearProject() {
        session.set(null);
        search.set(null);
        codebookEditor.set(null);
        projectName.set("");
        article.setSession(null);
        articles.setAll(List.of());
        edits.reset();
    }

    private void articleSaved(Article a) {
        articles.update(ArticleSummary.of(a));
        article.saved(a);
    }

    private void loadArticle(String id) {
        ProjectSession s = session.get();
        loadingArticleId = id;
        if (id == null || s == null) {
            article.show(null);
            return;
        }
        tasks.run("Opening article", () -> s.article(id).orElse(null), a -> {
            if (Objects.equals(loadingArticleId, id) && session.get() == s) {
                article.show(a);
                selectRequestedQuote();
            }
        });
    }

    /**
     * Shows an article with one of its quotes selected (a search hit was opened). The article list's
     * filter is cleared when it hides the article.
     */
    public void openArticleAt(String articleId, String quoteId) {
        Article shown = article.articleProperty().get();
        quoteToSelect = quoteId;
        if (shown != null && shown.id().equals(articleId)) {
            selectRequestedQuote();
            return;
        }
        ArticleSummary row = articles.all().stream().filter(a -> a.id().equals(articleId)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        if (!articles.items().contains(row)) {
            articles.filterProperty().set("");
        }
        articles.selectedProperty().set(row);
    }

    private void selectRequestedQuote() {
        if (quoteToSelect != null) {
            article.select(quoteToSelect);
            quoteToSelect = null;
        }
        onArticleOpened.run();
    }

    /** The window brings the article to the front when a search hit opens it. */
    public void setOnArticleOpened(Runnable r) {
        onArticleOpened = r;
    }

    /** The search pane of the open project (a colleague's view model), or null. */
    public ReadOnlyObjectProperty<SearchViewModel> searchProperty() {
        return search.getReadOnlyProperty();
    }

    private void reloadShownArticle() {
        ProjectSession s = session.get();
        Article shown = article.articleProperty().get();
        if (s != null && shown != null) {
            tasks.run("Reloading article", () -> s.article(shown.id()).orElse(null), article::reload);
        }
    }

    /**
     * Imports files and folders into the open project in the background, with progress in the
     * status bar; the summary (what failed and why) lands in {@link #lastImportProperty()}.
     * Annotated sets (.qdpx) among them are imported as sets ({@link #importSet}), not as articles.
     */
    public CompletableFuture<ImportSummary> importFiles(List<Path> paths) {
        ProjectSession s = session.get();
        if (s == null || paths.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Path> sets = paths.stream().filter(DeskViewModel::isAnnotatedSet).toList();
        sets.forEach(this::importSet);
        List<Path> articleFiles = paths.stream().filter(p -> !isAnnotatedSet(p)).toList();
        if (articleFiles.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Cancellation cancel = new Cancellation();
        importCancel.set(cancel);
        List<String> names = articleFiles.stream().map(Path::toString).toList();
        String what = "Importing " + plural(articleFiles.size(), "item");
        return tasks.runWithProgress(what, progress -> new ImportBatch(s).run(names, progress, cancel), summary -> {
            importCancel.set(null);
            lastImport.set(summary);
            message.set(summary.headline());
            refreshSpeakers(s);
            if (article.articleProperty().get() == null && !summary.imported().isEmpty()) {
                String first = summary.imported().get(0);
                articles.all().stream().filter(a -> a.id().equals(first)).findFirst().ifPresent(articles.selectedProperty()::set);
            }
        }).whenComplete((v, e) -> importCancel.set(null));
    }

    static boolean isAnnotatedSet(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(LaunchRequest.QDPX);
    }

    /**
     * Imports an annotated set (a REFI-QDA .qdpx) into the open project: its articles, quotes,
     * speakers and codebook merge with what is there. A file that cannot be read changes nothing;
     * the error dialog names the file and the reason.
     */
    public CompletableFuture<ImportResult> importSet(Path file) {
        ProjectSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return tasks.runWithProgress("Importing " + name, progress -> {
            try {
                return new ImportSet(s).importFile(file, progress, Cancellation.NEVER);
            } catch (org.quotestance.exchange.ExchangeFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, r -> {
            message.set(name + ": " + plural(r.articlesAdded(), "article") + " added, " + r.articlesUpdated() + " updated, "
                    + plural(r.quotesAdded(), "quote") + " added");
            refreshSpeakers(s);
            tasks.run("Reading the article list", s::summaries, list -> {
                if (session.get() == s) {
                    articles.setAll(list);
                    if (articles.selectedProperty().get() == null && !articles.items().isEmpty()) {
                        articles.selectedProperty().set(articles.items().get(0));
                    }
                }
            });
        });
    }

    /** Makes a new project in {@code dir}, then imports the set into it. */
    public CompletableFuture<ImportResult> importSetIntoNewProject(Path file, Path dir) {
        return openProject(dir, true).thenCompose(o -> importSet(file));
    }

    private void refreshSpeakers(ProjectSession s) {
        tasks.run("Reading speakers", s::speakers, r -> {
            if (session.get() == s) {
                article.registryProperty().set(r);
            }
        });
    }

    /** Stops the running import after the file it is reading; what was imported stays. */
    public void cancelImport() {
        Cancellation c = importCancel.get();
        if (c != null) {
            c.cancel();
        }
    }

    public ReadOnlyObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public javafx.beans.binding.BooleanBinding importingBinding() {
        return importCancel.isNotNull();
    }

    /** The last thing done that the status bar should say ("3 imported, …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    /** Closes the project now, on this thread: for the moment the window closes. */
    public void closeNow() {
        ProjectSession s = session.get();
        if (s != null) {
            s.close();
            session.set(null);
        }
    }

    public UiTasks tasks() {
        return tasks;
    }

    public EditQueue edits() {
        return edits;
    }

    public ArticleListViewModel articles() {
        return articles;
    }

    public ArticleViewModel article() {
        return article;
    }

    public QuotePanelViewModel quotePanel() {
        return quotePanel;
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The codebook editor of the open project (a colleague's view model), or null. */
    public ReadOnlyObjectProperty<CodebookViewModel> codebookEditorProperty() {
        return codebookEditor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    public StringBinding titleBinding() {
        return title;
    }

    public StringBinding countsBinding() {
        return counts;
    }

    public ObjectProperty<UserSettings> settingsProperty() {
        return settings;
    }

    public ObservableList<String> recentProjects() {
        return recentProjects;
    }
}
