package org.quotestance.app.codebook;

import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.model.Codebook;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edit that removes stances from the codebook and from every quote that carries them: a
 * delete ({@code target} null) or a merge (the quotes get {@code target} instead).
 * <p>Order matters for a crash half-way: apply rewrites the quotes first and saves the codebook
 * last, undo restores the codebook first; so the codebook never lacks a stance that quotes
 * still carry.
 */
public final class RetaggingChange implements CodebookCommand {
    private final String label;
    private final Codebook before;
    private final Codebook after;
    private final Set<String> removed;
    private final String target;
    private volatile Map<String, List<QuoteTouch>> touched = Map.of();

    public RetaggingChange(String label, Codebook before, Codebook after, Set<String> removed, String target) {
        this.label = label;
        this.before = before;
        this.after = after;
        this.removed = Set.copyOf(removed);
        this.target = target;
    }

    /** Deletes a stance or a topic with all its stances. */
    public static RetaggingChange delete(Codebook cb, String id) {
        boolean stance = CodebookEditor.isStance(cb, id);
        Set<String> ids = stance ? Set.of(id) : CodebookEditor.stanceIdsUnder(cb, id);
        String name = stance ? CodebookEditor.requireStance(cb, id).name() : CodebookEditor.requireTopic(cb, id).name();
        return new RetaggingChange("Delete “" + name + "”", cb, CodebookEditor.remove(cb, id), ids, null);
    }

    /** Merges stance {@code sourceId} into {@code targetId}: the source goes, its quotes follow. */
    public static RetaggingChange merge(Codebook cb, String sourceId, String targetId) {
        if (sourceId.equals(targetId)) {
            throw new CodebookEditException("A stance cannot be merged into itself");
        }
        String from = CodebookEditor.requireStance(cb, sourceId).name();
        String to = CodebookEditor.requireStance(cb, targetId).name();
        return new RetaggingChange("Merge “" + from + "” into “" + to + "”", cb,
                CodebookEditor.removeStance(cb, sourceId), Set.of(sourceId), targetId);
    }

    @Override
    public String label() {
        return label;
    }

    public Codebook after() {
        return after;
    }

    /** The quotes the last apply changed, by article id. */
    public Map<String, List<QuoteTouch>> touched() {
        return touched;
    }

    public int touchedQuotes() {
        return touched.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void apply(ProjectSession session, ProgressListener progress) {
        touched = Map.copyOf(new StanceRetagger(session).retag(removed, target, progress));
        session.saveInfo(session.info().withCodebook(after));
    }

    @Override
    public void undo(ProjectSession session, ProgressListener progress) {
        session.saveInfo(session.info().withCodebook(before));
        new StanceRetagger(session).restore(touched, target, progress);
    }
}
