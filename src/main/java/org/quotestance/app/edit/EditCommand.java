package org.quotestance.app.edit;

/**
 * One undoable edit of a project (CONVENTIONS.md §5): the same object saves, and through the
 * session's save listeners indexes, undoes and redoes. {@link #apply()} and {@link #revert()}
 * block on disk I/O, so they run on a worker, one at a time, in the order they were made.
 */
public interface EditCommand {
    /** What the edit did, in words for a menu item: "Accept quote", "Tag “No troops”". */
    String label();

    void apply();

    void revert();
}
