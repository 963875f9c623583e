package org.quotestance.app.codebook;

import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.edit.EditCommand;

/**
 * A codebook command as an entry of the window's {@link org.quotestance.app.edit.EditHistory}, so
 * that one Undo undoes article and codebook edits in the order they were made.
 */
public record CodebookEdit(CodebookCommand command, ProjectSession session, ProgressListener progress)
        implements EditCommand {
    @Override
    public String label() {
        return command.label();
    }

    @Override
    public void apply() {
        command.apply(session, progress);
    }

    @Override
    public void revert() {
        command.undo(session, progress);
    }
}
