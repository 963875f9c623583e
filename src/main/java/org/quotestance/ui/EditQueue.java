package org.quotestance.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.quotestance.app.edit.EditCommand;
import org.quotestance.app.edit.EditHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The window's side of undo and redo: sends commands to the worker one at a time through
 * {@link UiTasks#edit} and mirrors the {@link EditHistory} in properties for the Edit menu.
 * {@link #pendingProperty()} counts edits not yet on disk, so a view can wait for quiet before it
 * trusts what the disk says.
 */
public final class EditQueue {
    private final UiTasks tasks;
    private EditHistory history = new EditHistory();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private final List<Runnable> failureListeners = new ArrayList<>();

    public EditQueue(UiTasks tasks) {
        this.tasks = tasks;
        reset();
    }

    /** A fresh history for a newly opened project: edits of another project cannot be undone here. */
    public void reset() {
        history = new EditHistory();
        EditHistory h = history;
        h.onChange(() -> tasks.fx().execute(() -> mirror(h)));
        mirror(h);
    }

    private void mirror(EditHistory h) {
        if (h != history) {
            return;
        }
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoLabel().map(l -> "Undo " + lower(l)).orElse("Undo"));
        redoText.set(h.redoLabel().map(l -> "Redo " + lower(l)).orElse("Redo"));
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public CompletableFuture<Object> execute(EditCommand command) {
        EditHistory h = history;
        return submit(command.label(), () -> h.execute(command));
    }

    public CompletableFuture<Object> undo() {
        EditHistory h = history;
        return submit("Undo", h::undo);
    }

    public CompletableFuture<Object> redo() {
        EditHistory h = history;
        return submit("Redo", h::redo);
    }

    private CompletableFuture<Object> submit(String description, Runnable work) {
        pending.set(pending.get() + 1);
        CompletableFuture<Object> f = tasks.edit(description, () -> {
            work.run();
            return Boolean.TRUE;
        }, v -> pending.set(pending.get() - 1));
        f.exceptionally(e -> {
            pending.set(pending.get() - 1);
            failureListeners.forEach(Runnable::run);
            return null;
        });
        return f;
    }

    /** Told on the FX thread when an edit failed, so a view can show the disk's state again. */
    public void onFailure(Runnable listener) {
        failureListeners.add(listener);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
