package org.quotestance.app.codebook;

import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.model.Codebook;

/** An edit that changes only project.json (rename, recolour, move, add): before and after. */
public record CodebookChange(String label, Codebook before, Codebook after) implements CodebookCommand {
    @Override
    public void apply(ProjectSession session, ProgressListener progress) {
        session.saveInfo(session.info().withCodebook(after));
    }

    @Override
    public void undo(ProjectSession session, ProgressListener progress) {
        session.saveInfo(session.info().withCodebook(before));
    }
}
