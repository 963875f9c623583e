package org.quotestance.app.codebook;

import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;

/**
 * One undoable codebook edit (CONVENTIONS.md §5): the same object saves, undoes and redoes.
 * {@code apply} and {@code undo} block on file I/O; run them on the task executor, and in
 * order (undo only the last applied command).
 */
public interface CodebookCommand {
    /** For menus and messages: "Rename “War must end”". */
    String label();

    void apply(ProjectSession session, ProgressListener progress);

    void undo(ProjectSession session, ProgressListener progress);
}
