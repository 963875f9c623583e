package org.quotestance.app.search;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.index.IndexOpening;
import org.quotestance.index.ProjectVocabulary;
import org.quotestance.index.QuoteIndex;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.store.ProjectStore;
import org.quotestance.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the index in step with the article files, which are the truth (DESIGN.md §4): on open it
 * compares each file's stamp with the one indexed and re-indexes what differs; on save it indexes
 * the saved article; on request it rebuilds everything. Also keeps the index's vocabulary (stance
 * names, speaker aliases) current.
 */
public final class IndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private static final int PROGRESS_EVERY = 250;

    private final ProjectStore store;
    private final QuoteIndex index;
    private ProjectInfo vocabularyInfo;
    private String vocabularySpeakersStamp;

    public IndexSync(ProjectStore store, QuoteIndex index) {
        this.store = store;
        this.index = index;
        refreshVocabulary();
    }

    public QuoteIndex index() {
        return index;
    }

    /** Re-reads the codebook and speaker registry for the index when either changed. */
    public synchronized void refreshVocabulary() {
        ProjectInfo info = store.info();
        String speakersStamp = speakersStamp();
        if (info != vocabularyInfo || !Objects.equals(speakersStamp, vocabularySpeakersStamp)) {
            index.setVocabulary(new ProjectVocabulary(info.codebook(), store.speakers()));
            vocabularyInfo = info;
            vocabularySpeakersStamp = speakersStamp;
        }
    }

    private String speakersStamp() {
        Path f = store.dir().resolve(ProjectStore.SPEAKERS_FILE);
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "none";
        }
    }

    /** After opening: rebuild when the index was started afresh, otherwise repair what differs. */
    public IndexStatus bringInStep(IndexOpening opening, ProgressListener progress, Cancellation cancel) {
        Map<String, String> files = store.articleStamps();
        if (opening.needsRebuild()) {
            return rebuildFrom(files, "The search index was rebuilt: " + opening.message(), progress, cancel);
        }
        Map<String, String> indexed = index.articleStamps();
        List<String> changed = new ArrayList<>();
        files.forEach((id, stamp) -> {
            if (!stamp.equals(indexed.get(id))) {
                changed.add(id);
            }
        });
        List<String> gone = indexed.keySet().stream().filter(id -> !files.containsKey(id)).sorted().toList();
        if (changed.isEmpty() && gone.isEmpty()) {
            return new IndexStatus(IndexStatus.State.UP_TO_DATE, "The search index is up to date.", 0, 0,
                    index.quoteCount(), List.of());
        }
        changed.sort(null);
        gone.forEach(index::delete);
        Outcome o = indexAll(changed, files, progress, cancel);
        index.commit();
        String message = "The search index was repaired: " + o.indexed + " article(s) changed outside QuoteStance "
                + "were re-indexed and " + gone.size() + " removed" + o.failureNote();
        LOG.info("{} ({})", message, store.dir());
        return new IndexStatus(IndexStatus.State.REPAIRED, message, o.indexed, gone.size(), index.quoteCount(), o.failed);
    }

    /** Throws the index away and builds it from every article file. */
    public IndexStatus rebuild(String reason, ProgressListener progress, Cancellation cancel) {
        return rebuildFrom(store.articleStamps(), reason, progress, cancel);
    }

    private IndexStatus rebuildFrom(Map<String, String> files, String reason, ProgressListener progress,
                                    Cancellation cancel) {
        index.deleteAll();
        List<String> ids = new ArrayList<>(files.keySet());
        ids.sort(null);
        Outcome o = indexAll(ids, files, progress, cancel);
        index.commit();
        String message = reason + " (" + o.indexed + " article(s))" + o.failureNote();
        LOG.info("{} ({})", message, store.dir());
        return new IndexStatus(IndexStatus.State.REBUILT, message, o.indexed, 0, index.quoteCount(), o.failed);
    }

    private record Outcome(int indexed, List<String> failed) {
        String failureNote() {
            return failed.isEmpty() ? "." : "; " + failed.size() + " article file(s) could not be read and are not "
                    + "searchable: " + String.join(", ", failed.subList(0, Math.min(5, failed.size())))
                    + (failed.size() > 5 ? ", …" : "") + ".";
        }
    }

    /** Loads and indexes articles on every core; reading JSON is most of the work. */
    private Outcome indexAll(List<String> ids, Map<String, String> stamps, ProgressListener progress,
                             Cancellation cancel) {
        refreshVocabulary();
        AtomicLong done = new AtomicLong();
        AtomicInteger indexed = new AtomicInteger();
        List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        long total = ids.size();
        progress.progress(0, total, "Indexing articles");
        try {
            ids.parallelStream().forEach(id -> {
                cancel.throwIfCancelled();
                try {
                    store.load(id).ifPresent(a -> {
                        index.upsert(a, stamps.get(id));
                        indexed.incrementAndGet();
                    });
                } catch (StoreException e) {
                    LOG.warn("Not indexed: {}", e.getMessage());
                    failed.add(store.articleFile(id).toString());
                    index.delete(id);
                }
                long n = done.incrementAndGet();
                if (n % PROGRESS_EVERY == 0 || n == total) {
                    progress.progress(n, total, "Indexing articles");
                }
            });
        } catch (CancellationException e) {
            index.commit(); // keep what is done; the next open repairs the rest from the stamps
            throw e;
        }
        return new Outcome(indexed.get(), List.copyOf(failed));
    }

    /** Indexes an article just saved through the store; its file stamp ties the two together. */
    public void indexSaved(Article article) {
        String stamp = store.articleStamp(article.id()).orElse("missing");
        index.upsert(article, stamp);
    }

    public void removed(String articleId) {
        index.delete(articleId);
    }

    /** Re-reads these articles from their files (or drops them when the files are gone). */
    public void repair(Collection<String> articleIds) {
        for (String id : articleIds) {
            try {
                var stamp = store.articleStamp(id);
                var article = stamp.isPresent() ? store.load(id) : java.util.Optional.<Article>empty();
                if (article.isPresent()) {
                    index.upsert(article.get(), stamp.get());
                } else {
                    index.delete(id);
                }
            } catch (StoreException e) {
                LOG.warn("Dropped from the index, its file cannot be read: {}", e.getMessage());
                index.delete(id);
            }
        }
        index.commitSoon();
    }

    /** True when the article file no longer is what was indexed under {@code indexedStamp}. */
    boolean isStale(String articleId, String indexedStamp) {
        return !store.articleStamp(articleId).map(s -> s.equals(indexedStamp)).orElse(false);
    }
}
