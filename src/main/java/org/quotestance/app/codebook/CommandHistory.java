package org.quotestance.app.codebook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo stacks of applied commands. Holds no thread of its own: the caller applies or
 * undoes the command it gets back and then reports it done, so a failed undo leaves the stacks
 * as they were.
 */
public final class CommandHistory<C> {
    private final Deque<C> undo = new ArrayDeque<>();
    private final Deque<C> redo = new ArrayDeque<>();
    private final int limit;

    public CommandHistory(int limit) {
        this.limit = limit;
    }

    /** A new command was applied: it can be undone, and what was undone can no longer be redone. */
    public void applied(C command) {
        undo.push(command);
        redo.clear();
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    public Optional<C> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<C> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The command returned by {@link #nextUndo} has been undone. */
    public void undone() {
        redo.push(undo.pop());
    }

    /** The command returned by {@link #nextRedo} has been applied again. */
    public void redone() {
        undo.push(redo.pop());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
