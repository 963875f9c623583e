package org.quotestance.app.codebook;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.ProgressListener;
import org.quotestance.index.StanceUse;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts or rewrites the stance tags of a project's quotes. This is the part of a merge or delete
 * that touches article files: the index (kept in step with the files) says which articles carry
 * the stances, so a big project is not read whole; each of those articles is saved on its own
 * (atomically) through {@link ProjectSession#update}, so the index hears about every change.
 * Blocks: run it on the task executor.
 */
public final class StanceRetagger {
    private final ProjectSession session;

    public StanceRetagger(ProjectSession session) {
        this.session = session;
    }

    /** Counts the quotes that carry any of {@code stanceIds}. */
    public StanceUsage count(Set<String> stanceIds, ProgressListener progress) {
        if (stanceIds.isEmpty()) {
            return StanceUsage.NONE;
        }
        progress.progress(0, 1, "Counting quotes");
        StanceUse use = session.stanceUse(stanceIds);
        progress.progress(1, 1, "Counting quotes");
        return new StanceUsage((int) use.quotes(), use.articleIds().size());
    }

    /**
     * Takes {@code removed} stances off every quote and, when {@code target} is not null, puts
     * the target on each quote that lost one (a merge). Returns what changed, by article id.
     */
    public Map<String, List<QuoteTouch>> retag(Set<String> removed, String target, ProgressListener progress) {
        Map<String, List<QuoteTouch>> touched = new LinkedHashMap<>();
        List<String> ids = List.copyOf(session.stanceUse(removed).articleIds());
        for (int i = 0; i < ids.size(); i++) {
            String articleId = ids.get(i);
            session.update(articleId, a -> {
                List<QuoteTouch> touches = new ArrayList<>();
                Article out = a.withQuotes(a.quotes().stream().map(q -> {
                    List<String> had = q.stanceIds().stream().filter(removed::contains).toList();
                    if (had.isEmpty()) {
                        return q;
                    }
                    boolean hadTarget = target != null && q.stanceIds().contains(target);
                    touches.add(new QuoteTouch(q.id(), had, hadTarget));
                    List<String> next = new ArrayList<>(q.stanceIds().stream().filter(s -> !removed.contains(s)).toList());
                    if (target != null && !hadTarget) {
                        // The target takes the place of the first removed tag, so the order analysts see stays.
                        next.add(Math.min(q.stanceIds().indexOf(had.get(0)), next.size()), target);
                    }
                    return q.withStances(next);
                }).toList());
                if (!touches.isEmpty()) {
                    touched.put(articleId, touches);
                }
                return out;
            });
            progress.progress(i + 1, ids.size(), target == null ? "Removing the stance from quotes"
                    : "Moving quotes to the merged stance");
        }
        return touched;
    }

    /** Undoes {@link #retag}: gives the touched quotes their removed stances back. */
    public void restore(Map<String, List<QuoteTouch>> touched, String target, ProgressListener progress) {
        int done = 0;
        for (Map.Entry<String, List<QuoteTouch>> e : touched.entrySet()) {
            Map<String, QuoteTouch> byQuote = new LinkedHashMap<>();
            e.getValue().forEach(t -> byQuote.put(t.quoteId(), t));
            session.update(e.getKey(), a -> a.withQuotes(a.quotes().stream().map(q -> {
                QuoteTouch t = byQuote.get(q.id());
                if (t == null) {
                    return q;
                }
                List<String> next = new ArrayList<>(q.stanceIds());
                if (target != null && !t.hadTarget()) {
                    next.remove(target);
                }
                t.removedIds().stream().filter(id -> !next.contains(id)).forEach(next::add);
                return q.withStances(next);
            }).toList()));
            progress.progress(++done, touched.size(), "Restoring stances on quotes");
        }
    }

    private static boolean carriesAny(Quote q, Set<String> ids) {
        return q.stanceIds().stream().anyMatch(ids::contains);
    }
}
