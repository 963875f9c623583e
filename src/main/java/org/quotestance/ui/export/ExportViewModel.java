package org.quotestance.ui.export;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.TaskExecutor;
import org.quotestance.app.exchange.ExportResult;
import org.quotestance.app.exchange.ExportScope;
import org.quotestance.app.exchange.ExportSet;
import org.quotestance.app.exchange.SearchQueryResolver;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExportOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The Export dialog's state and action, without controls: format, scope (whole project, the
 * article on screen, the current search result), output file, CSV options, and a running export
 * with progress, cancel and a closing message. The export runs on the {@link TaskExecutor};
 * progress and the result come back through {@code uiThread}.
 */
public final class ExportViewModel {
    private final ProjectSession session;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final ExportContext context;

    private final ObjectProperty<ExchangeFormat> format = new SimpleObjectProperty<>(ExchangeFormat.CSV);
    private final ObjectProperty<ExportTarget> target = new SimpleObjectProperty<>(ExportTarget.WHOLE_PROJECT);
    private final ObservableList<ExportTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Path> outputFile = new SimpleObjectProperty<>();
    private final BooleanProperty bom = new SimpleBooleanProperty();
    private final BooleanProperty includeRejected = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;
    private Cancellation cancellation = new Cancellation();

    /** For the desktop: results come back on the JavaFX application thread. */
    public ExportViewModel(ProjectSession session, TaskExecutor executor, ExportContext context) {
        this(session, executor, Platform::runLater, context);
    }

    public ExportViewModel(ProjectSession session, TaskExecutor executor, Executor uiThread, ExportContext context) {
        this.session = session;
        this.executor = executor;
        this.uiThread = uiThread;
        this.context = context == null ? ExportContext.NONE : context;
        targets.add(ExportTarget.WHOLE_PROJECT);
        if (this.context.hasArticle()) {
            targets.add(ExportTarget.CURRENT_ARTICLE);
        }
        if (this.context.hasSearch()) {
            targets.add(ExportTarget.SEARCH_RESULT);
        }
        canExport = Bindings.createBooleanBinding(() -> outputFile.get() != null && !running.get(), outputFile, running);
        format.addListener((obs, old, now) -> {
            Path f = outputFile.get();
            if (f != null && old != null && now != null && f.getFileName().toString().endsWith(old.extension())) {
                String name = f.getFileName().toString();
                outputFile.set(f.resolveSibling(name.substring(0, name.length() - old.extension().length()) + now.extension()));
            }
        });
    }

    public ObjectProperty<ExchangeFormat> formatProperty() {
        return format;
    }

    public List<ExchangeFormat> formats() {
        return List.of(ExchangeFormat.values());
    }

    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    /** The scopes this window can offer: the article and search scopes only when there is one. */
    public ObservableList<ExportTarget> targets() {
        return targets;
    }

    public String describe(ExportTarget t) {
        return switch (t) {
            case WHOLE_PROJECT -> "Whole project (" + session.info().name() + ")";
            case CURRENT_ARTICLE -> "Current article"
                    + (context.currentArticleTitle() == null ? "" : " (" + context.currentArticleTitle() + ")");
            case SEARCH_RESULT -> "Current search result (" + context.searchQuery() + ")";
        };
    }

    public ObjectProperty<Path> outputFileProperty() {
        return outputFile;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    public BooleanProperty includeRejectedProperty() {
        return includeRejected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1 while running; -1 while the size is not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** A file name to offer: the project's name with the format's extension, in the user's home folder. */
    public Path suggestedFile() {
        if (outputFile.get() != null) {
            return outputFile.get();
        }
        String base = session.info().name() == null ? "quotestance" : session.info().name();
        base = base.replaceAll("[\\\\/:*?\"<>|]+", "-").trim();
        if (target.get() == ExportTarget.CURRENT_ARTICLE && context.hasArticle()) {
            base = base + "-" + context.currentArticleId();
        }
        return Path.of(System.getProperty("user.home", ".")).resolve(base.toLowerCase(Locale.ROOT).replace(' ', '-')
                + format.get().extension());
    }

    /** Asks the chooser for the output file; keeps the old one when the analyst cancels. */
    public void chooseFile(OutputFileChooser chooser) {
        Optional<Path> chosen = chooser.choose(format.get(), suggestedFile());
        chosen.ifPresent(outputFile::set);
    }

    public CompletableFuture<ExportResult> export() {
        Path out = outputFile.get();
        if (out == null || running.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("choose an output file first"));
        }
        ExchangeFormat f = format.get();
        ExportScope scope = scope();
        ExportOptions options = new ExportOptions(bom.get() && f == ExchangeFormat.CSV, includeRejected.get());
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        error.set(false);
        progress.set(-1);
        message.set("Exporting…");
        ProgressListener listener = throttled();
        return executor.submit(() -> new ExportSet(session, new SearchQueryResolver(session))
                        .export(scope, f, options, out, listener, cancel))
                .whenComplete((r, failure) -> uiThread.execute(() -> finish(r, failure)));
    }

    public void cancel() {
        cancellation.cancel();
    }

    private ExportScope scope() {
        return switch (target.get()) {
            case CURRENT_ARTICLE -> new ExportScope.Articles(List.of(context.currentArticleId()));
            case SEARCH_RESULT -> new ExportScope.Query(context.searchQuery());
            case WHOLE_PROJECT -> ExportScope.wholeProject();
        };
    }

    /** Passes at most ~200 updates per phase to the UI thread, so a big set does not flood it. */
    private ProgressListener throttled() {
        long[] last = {-1, -1};
        String[] lastMessage = {null};
        return (done, total, msg) -> {
            long step = Math.max(1, total / 200);
            boolean newPhase = !msg.equals(lastMessage[0]);
            if (newPhase || done == total || done - last[0] >= step) {
                last[0] = done;
                lastMessage[0] = msg;
                double p = total <= 0 ? -1 : (double) done / total;
                uiThread.execute(() -> {
                    progress.set(p);
                    message.set(msg + (total > 0 ? " " + done + " of " + total : ""));
                });
            }
        };
    }

    private void finish(ExportResult r, Throwable failure) {
        running.set(false);
        if (failure == null) {
            progress.set(1);
            result.set(r);
            message.set("Exported " + r.quotes() + " quote(s) from " + r.articles() + " article(s) to "
                    + r.file().getFileName());
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        progress.set(0);
        if (cause instanceof CancellationException) {
            message.set("Export cancelled; nothing was written.");
            return;
        }
        error.set(true);
        message.set("Export failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
    }
}
