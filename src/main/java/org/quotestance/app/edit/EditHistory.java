package org.quotestance.app.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo stacks of one open project. Thread-safe; listeners are told on the thread that
 * made the change (a worker), so a view must hop to its own thread.
 */
public final class EditHistory {
    /** Enough for a day's review; older edits stay saved, they just cannot be undone. */
    public static final int LIMIT = 1000;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Applies the command and makes it the next one to undo. If it throws, nothing is recorded. */
    public void execute(EditCommand command) {
        synchronized (this) {
            command.apply();
            done.push(command);
            if (done.size() > LIMIT) {
                done.removeLast();
            }
            undone.clear();
        }
        fire();
    }

    /** Reverts the last applied command; empty when there was none. */
    public Optional<EditCommand> undo() {
        EditCommand c;
        synchronized (this) {
            c = done.peek();
            if (c == null) {
                return Optional.empty();
            }
            c.revert();
            done.pop();
            undone.push(c);
        }
        fire();
        return Optional.of(c);
    }

    /** Applies again the last undone command; empty when there was none. */
    public Optional<EditCommand> redo() {
        EditCommand c;
        synchronized (this) {
            c = undone.peek();
            if (c == null) {
                return Optional.empty();
            }
            c.apply();
            undone.pop();
            done.push(c);
        }
        fire();
        return Optional.of(c);
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(EditCommand::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::label);
    }

    public synchronized boolean canUndo() {
        return !done.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !undone.isEmpty();
    }

    public void clear() {
        synchronized (this) {
            done.clear();
            undone.clear();
        }
        fire();
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
