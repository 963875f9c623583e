package org.quotestance.ui.codebook;

import javafx.application.Platform;
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
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.TaskExecutor;
import org.quotestance.app.codebook.CodebookChange;
import org.quotestance.app.codebook.CodebookCommand;
import org.quotestance.app.codebook.CodebookEdit;
import org.quotestance.app.edit.EditCommand;
import org.quotestance.app.edit.EditHistory;
import org.quotestance.app.codebook.CodebookEditException;
import org.quotestance.app.codebook.CodebookEditor;
import org.quotestance.app.codebook.CommandHistory;
import org.quotestance.app.codebook.RetaggingChange;
import org.quotestance.app.codebook.StanceRetagger;
import org.quotestance.app.codebook.StanceUsage;
import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The codebook editor's state and actions, without JavaFX controls (tested without a toolkit).
 * <p>Every edit becomes a {@link CodebookCommand} built on the worker from the codebook on disk,
 * applied (saved at once, atomically), and pushed on this view model's own undo history. Edits
 * run one after the other on the {@link TaskExecutor}, so two quick edits never build on the same
 * stale codebook; results come back through {@code uiThread}.
 */
public final class CodebookViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CodebookViewModel.class);

    /** Asks the analyst to confirm a destructive edit; the view shows a dialog, tests answer directly. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String question, String detail);
    }

    private final ProjectSession session;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final CommandHistory<CodebookCommand> history = new CommandHistory<>(200);

    private final ObjectProperty<Codebook> codebook = new SimpleObjectProperty<>(Codebook.EMPTY);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");

    private Confirmation confirmation = (q, d) -> true;
    /** The window's history when shared (see {@link #shareHistory}); null: this model's own. */
    private volatile EditHistory shared;
    /** The tail of the queue of edits; each new edit starts when the one before it ended. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private int running;

    /** For the desktop: results come back on the JavaFX application thread. */
    public CodebookViewModel(ProjectSession session, TaskExecutor executor) {
        this(session, executor, Platform::runLater);
    }

    public CodebookViewModel(ProjectSession session, TaskExecutor executor, Executor uiThread) {
        this.session = session;
        this.executor = executor;
        this.uiThread = uiThread;
        codebook.set(session.info().codebook());
        // Someone else (the main window, an import) may save the codebook too: follow the truth.
        session.onInfoSaved(info -> uiThread.execute(() -> codebook.set(info.codebook())));
    }

    // ---- properties -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook;
    }

    public Codebook codebook() {
        return codebook.get();
    }

    /** The id of the selected topic or stance; the view keeps its tree selection in step with it. */
    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Progress of the running merge or delete in [0,1]; -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** One line for the status bar: what was done, or what went wrong (then {@link #errorProperty()}). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    /**
     * Puts codebook edits on the window's undo history instead of this model's own, so that the
     * Edit menu's Undo and this view's Undo both undo the last edit, whatever it was. Call once,
     * right after construction, on the UI thread.
     */
    public void shareHistory(EditHistory history) {
        this.shared = history;
        history.onChange(() -> uiThread.execute(this::updateUndoState));
        updateUndoState();
    }

    // ---- selection --------------------------------------------------------------------------

    public Optional<Stance> selectedStance() {
        String id = selectedId.get();
        return id == null ? Optional.empty() : codebook().stance(id);
    }

    public Optional<Topic> selectedTopic() {
        String id = selectedId.get();
        return id == null ? Optional.empty() : CodebookEditor.topic(codebook(), id);
    }

    public boolean isStance(String id) {
        return id != null && CodebookEditor.isStance(codebook(), id);
    }

    /** Stances the given one can be merged into: every other stance. */
    public List<Stance> mergeTargets(String stanceId) {
        return codebook().allStances().stream().filter(s -> !s.id().equals(stanceId)).toList();
    }

    /** Topics a node can move to: for a topic, none of its own sub-tree. */
    public List<Topic> moveTargets(String id) {
        List<Topic> all = CodebookEditor.allTopics(codebook());
        if (isStance(id)) {
            return all;
        }
        Set<String> own = new HashSet<>();
        CodebookEditor.topic(codebook(), id).ifPresent(t ->
                CodebookEditor.allTopics(new Codebook(List.of(t))).forEach(x -> own.add(x.id())));
        return all.stream().filter(t -> !own.contains(t.id())).toList();
    }

    // ---- edits ------------------------------------------------------------------------------

    /** Adds a topic under the selected topic (or at the top level) and selects it. */
    public CompletableFuture<Void> addTopic() {
        String parent = selectedTopic().map(Topic::id).orElse(null);
        return edit(cb -> {
            String name = freeName(cb, "New topic");
            return new CodebookChange("Add topic “" + name + "”", cb, CodebookEditor.addTopic(cb, parent, name));
        });
    }

    /**
     * Adds a stance to the selected topic (or the selected stance's topic; the first topic when
     * nothing is selected; a new topic when the codebook is empty) and selects it.
     */
    public CompletableFuture<Void> addStance() {
        String sel = selectedId.get();
        return edit(cb -> {
            String topic = sel == null ? null
                    : CodebookEditor.isStance(cb, sel) ? CodebookEditor.parentOf(cb, sel).orElse(null)
                    : CodebookEditor.topic(cb, sel).map(Topic::id).orElse(null);
            Codebook base = cb;
            if (topic == null && cb.topics().isEmpty()) {
                base = CodebookEditor.addTopic(cb, null, "New topic");
            }
            if (topic == null) {
                topic = base.topics().get(0).id();
            }
            String name = freeName(base, "New stance");
            return new CodebookChange("Add stance “" + name + "”", cb, CodebookEditor.addStance(base, topic, name));
        });
    }

    public CompletableFuture<Void> rename(String id, String name) {
        return simpleEdit(id, "Rename", cb -> CodebookEditor.rename(cb, id, name));
    }

    public CompletableFuture<Void> describe(String id, String description) {
        return simpleEdit(id, "Describe", cb -> CodebookEditor.describe(cb, id, description));
    }

    public CompletableFuture<Void> recolour(String stanceId, String colour) {
        return simpleEdit(stanceId, "Recolour", cb -> CodebookEditor.recolour(cb, stanceId, colour));
    }

    /** Binds key 1–9 (or none, for null) to a stance; the stance that had the key loses it. */
    public CompletableFuture<Void> setShortcut(String stanceId, String key) {
        return simpleEdit(stanceId, "Set the key of", cb -> CodebookEditor.setShortcut(cb, stanceId, key));
    }

    public CompletableFuture<Void> moveUp(String id) {
        return simpleEdit(id, "Move up", cb -> CodebookEditor.moveBy(cb, id, -1));
    }

    public CompletableFuture<Void> moveDown(String id) {
        return simpleEdit(id, "Move down", cb -> CodebookEditor.moveBy(cb, id, +1));
    }

    /** Moves a stance or topic to the end of topic {@code topicId} (null: a topic to the top level). */
    public CompletableFuture<Void> moveTo(String id, String topicId) {
        return simpleEdit(id, "Move", cb -> CodebookEditor.isStance(cb, id)
                ? CodebookEditor.moveStance(cb, id, topicId, Integer.MAX_VALUE)
                : CodebookEditor.moveTopic(cb, id, topicId, Integer.MAX_VALUE));
    }

    /** Whether dropping {@code draggedId} on {@code targetId} in the tree means a move. */
    public boolean canDrop(String draggedId, String targetId) {
        if (draggedId == null || targetId == null || draggedId.equals(targetId)) {
            return false;
        }
        if (isStance(draggedId)) {
            return true;
        }
        String topic = isStance(targetId) ? CodebookEditor.parentOf(codebook(), targetId).orElse(null) : targetId;
        return moveTargets(draggedId).stream().anyMatch(t -> t.id().equals(topic));
    }

    /**
     * A node dropped on another in the tree: onto a topic it goes inside (at the end); a stance
     * dropped onto a stance takes its place (the target moves down); a topic dropped onto a
     * stance goes into that stance's topic.
     */
    public CompletableFuture<Void> drop(String draggedId, String targetId) {
        if (!canDrop(draggedId, targetId)) {
            return CompletableFuture.completedFuture(null);
        }
        return simpleEdit(draggedId, "Move", cb -> {
            boolean targetIsStance = CodebookEditor.isStance(cb, targetId);
            String topic = targetIsStance ? CodebookEditor.parentOf(cb, targetId).orElseThrow() : targetId;
            if (!CodebookEditor.isStance(cb, draggedId)) {
                return CodebookEditor.moveTopic(cb, draggedId, topic, Integer.MAX_VALUE);
            }
            if (!targetIsStance) {
                return CodebookEditor.moveStance(cb, draggedId, topic, Integer.MAX_VALUE);
            }
            Codebook without = CodebookEditor.removeStance(cb, draggedId);
            List<Stance> sibs = CodebookEditor.topic(without, topic).orElseThrow().stances();
            int at = sibs.indexOf(without.stance(targetId).orElseThrow());
            return CodebookEditor.moveStance(cb, draggedId, topic, at);
        });
    }

    /** Merges stance {@code sourceId} into {@code targetId}; the source's quotes follow (with progress). */
    public CompletableFuture<Void> merge(String sourceId, String targetId) {
        return edit(cb -> RetaggingChange.merge(cb, sourceId, targetId)).thenRun(() -> selectedId.set(targetId));
    }

    /**
     * Deletes a stance or topic after counting the quotes it touches and asking {@link Confirmation}
     * with that count. Completes with whether it was deleted.
     */
    public CompletableFuture<Boolean> delete(String id) {
        boolean stance = isStance(id);
        String name = stance ? codebook().stance(id).map(Stance::name).orElse(id)
                : CodebookEditor.topic(codebook(), id).map(Topic::name).orElse(id);
        Set<String> stanceIds = stance ? Set.of(id) : CodebookEditor.stanceIdsUnder(codebook(), id);
        CompletableFuture<StanceUsage> counted = queue(() -> new StanceRetagger(session).count(stanceIds, reporter()),
                "Counting the quotes of “" + name + "”…");
        CompletableFuture<Boolean> out = new CompletableFuture<>();
        counted.whenComplete((usage, failure) -> uiThread.execute(() -> {
            if (failure != null) {
                out.complete(false);
                return;
            }
            message.set("");
            String question = "Delete the " + (stance ? "stance" : "topic") + " “" + name + "”?";
            String detail = deleteDetail(stance, stanceIds.size(), usage);
            if (!confirmation.confirm(question, detail)) {
                message.set("Nothing deleted");
                error.set(false);
                out.complete(false);
                return;
            }
            edit(cb -> RetaggingChange.delete(cb, id)).whenComplete((v, f) -> out.complete(f == null));
        }));
        return out;
    }

    static String deleteDetail(boolean stance, int stances, StanceUsage usage) {
        String what = stance ? "It is on " : "Its " + stances + (stances == 1 ? " stance is" : " stances are") + " on ";
        if (usage.quotes() == 0) {
            return (stance ? "No quote carries it." : "No quote carries its stances.") + " You can undo this.";
        }
        return what + usage.describe() + "; " + (usage.quotes() == 1 ? "that quote" : "those quotes")
                + " will lose it. You can undo this.";
    }

    // ---- undo and redo ----------------------------------------------------------------------

    public CompletableFuture<Void> undo() {
        if (shared != null) {
            return sharedStep(true);
        }
        Optional<CodebookCommand> next = history.nextUndo();
        if (next.isEmpty() || running > 0) {
            return CompletableFuture.completedFuture(null);
        }
        CodebookCommand cmd = next.get();
        return queue(() -> {
            cmd.undo(session, reporter());
            return null;
        }, "Undoing " + cmd.label() + "…").thenAccept(v -> uiThread.execute(() -> {
            history.undone();
            finished("Undone: " + cmd.label());
        }));
    }

    public CompletableFuture<Void> redo() {
        if (shared != null) {
            return sharedStep(false);
        }
        Optional<CodebookCommand> next = history.nextRedo();
        if (next.isEmpty() || running > 0) {
            return CompletableFuture.completedFuture(null);
        }
        CodebookCommand cmd = next.get();
        return queue(() -> {
            cmd.apply(session, reporter());
            return null;
        }, "Redoing " + cmd.label() + "…").thenAccept(v -> uiThread.execute(() -> {
            history.redone();
            finished("Redone: " + cmd.label());
        }));
    }

    private CompletableFuture<Void> sharedStep(boolean undo) {
        EditHistory h = shared;
        if (running > 0 || !(undo ? h.canUndo() : h.canRedo())) {
            return CompletableFuture.completedFuture(null);
        }
        return queue(() -> (undo ? h.undo() : h.redo()).map(EditCommand::label).orElse(""),
                undo ? "Undoing…" : "Redoing…")
                .thenAccept(label -> uiThread.execute(() -> {
                    codebook.set(session.info().codebook());
                    finished((undo ? "Undone: " : "Redone: ") + label);
                }));
    }

    // ---- machinery --------------------------------------------------------------------------

    private CompletableFuture<Void> simpleEdit(String id, String verb, UnaryOperator<Codebook> change) {
        return edit(cb -> {
            Codebook after = change.apply(cb);
            if (after.equals(cb)) {
                return null;
            }
            String name = cb.stance(id).map(Stance::name)
                    .or(() -> CodebookEditor.topic(cb, id).map(Topic::name)).orElse(id);
            return new CodebookChange(verb + " “" + name + "”", cb, after);
        });
    }

    /** Builds the command from the codebook on disk, applies it, records it; all in queue order. */
    private CompletableFuture<Void> edit(java.util.function.Function<Codebook, CodebookCommand> make) {
        Set<String> before = nodeIds(codebook());
        String selected = selectedId.get();
        String parentOfSelected = selected == null ? null : CodebookEditor.parentOf(codebook(), selected).orElse(null);
        CompletableFuture<CodebookCommand> applied = queue(() -> {
            CodebookCommand cmd = make.apply(session.info().codebook());
            EditHistory h = shared;
            if (cmd != null && h != null) {
                h.execute(new CodebookEdit(cmd, session, reporter()));
            } else if (cmd != null) {
                cmd.apply(session, reporter());
            }
            return cmd;
        }, null);
        CompletableFuture<Void> done = new CompletableFuture<>();
        applied.whenComplete((cmd, failure) -> uiThread.execute(() -> {
            if (failure == null && cmd != null) {
                if (shared == null) {
                    history.applied(cmd);
                }
                Codebook now = session.info().codebook();
                codebook.set(now);
                Set<String> added = nodeIds(now);
                added.removeAll(before);
                if (!added.isEmpty()) {
                    selectedId.set(added.iterator().next());
                } else if (selectedId.get() != null && !nodeIds(now).contains(selectedId.get())) {
                    // The selected node went away (deleted, merged): its topic is where the analyst was.
                    boolean parentStays = selectedId.get().equals(selected) && parentOfSelected != null
                            && nodeIds(now).contains(parentOfSelected);
                    selectedId.set(parentStays ? parentOfSelected : null);
                }
                String extra = cmd instanceof RetaggingChange r && r.touchedQuotes() > 0
                        ? " (" + r.touchedQuotes() + (r.touchedQuotes() == 1 ? " quote" : " quotes") + " changed)" : "";
                finished(cmd.label() + extra);
            } else if (failure == null) {
                finished(message.get());
            }
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(null);
            }
        }));
        return done;
    }

    /**
     * Runs blocking work after everything queued before it, marks the model busy meanwhile and
     * turns a failure into the one-line message (the failure also completes the future).
     */
    private <T> CompletableFuture<T> queue(java.util.concurrent.Callable<T> work, String busyMessage) {
        running++;
        busy.set(true);
        progress.set(-1);
        if (busyMessage != null) {
            message.set(busyMessage);
            error.set(false);
        }
        updateUndoState();
        CompletableFuture<T> result = tail.handle((x, f) -> null).thenCompose(x -> executor.submit(work));
        tail = result;
        result.whenComplete((v, failure) -> uiThread.execute(() -> {
            running--;
            busy.set(running > 0);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (!(cause instanceof CodebookEditException)) {
                    LOG.warn("Codebook edit failed", cause);
                }
                message.set(cause.getMessage() == null ? cause.toString() : cause.getMessage());
                error.set(true);
                codebook.set(session.info().codebook());
            }
            updateUndoState();
        }));
        return result;
    }

    private void finished(String text) {
        message.set(text);
        error.set(false);
        updateUndoState();
    }

    private void updateUndoState() {
        EditHistory h = shared;
        if (h != null) {
            canUndo.set(h.canUndo() && running == 0);
            canRedo.set(h.canRedo() && running == 0);
            undoLabel.set(h.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
            redoLabel.set(h.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
            return;
        }
        canUndo.set(history.canUndo() && running == 0);
        canRedo.set(history.canRedo() && running == 0);
        undoLabel.set(history.nextUndo().map(c -> "Undo " + c.label()).orElse("Undo"));
        redoLabel.set(history.nextRedo().map(c -> "Redo " + c.label()).orElse("Redo"));
    }

    /** Progress from the worker, passed to the UI thread at most once per percent. */
    private ProgressListener reporter() {
        return new ProgressListener() {
            private long lastPercent = -1;

            @Override
            public void progress(long done, long total, String text) {
                long percent = total <= 0 ? -1 : done * 100 / total;
                if (percent != lastPercent) {
                    lastPercent = percent;
                    uiThread.execute(() -> {
                        progress.set(percent < 0 ? -1 : percent / 100.0);
                        message.set(text + "…");
                        error.set(false);
                    });
                }
            }
        };
    }

    private static Set<String> nodeIds(Codebook cb) {
        Set<String> ids = new HashSet<>();
        CodebookEditor.allTopics(cb).forEach(t -> ids.add(t.id()));
        cb.allStances().forEach(s -> ids.add(s.id()));
        return ids;
    }

    private static String freeName(Codebook cb, String base) {
        Set<String> names = new HashSet<>();
        cb.allStances().forEach(s -> names.add(s.name().toLowerCase(java.util.Locale.ROOT)));
        CodebookEditor.allTopics(cb).forEach(t -> names.add(t.name().toLowerCase(java.util.Locale.ROOT)));
        String name = base;
        for (int n = 2; names.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
