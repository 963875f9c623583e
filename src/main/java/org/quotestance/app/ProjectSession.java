package org.quotestance.app;

import org.quotestance.app.search.Hit;
import org.quotestance.app.search.IndexStatus;
import org.quotestance.app.search.IndexSync;
import org.quotestance.app.search.QuoteSearch;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.detect.QuoteDetector;
import org.quotestance.index.IndexSchema;
import org.quotestance.index.QuoteIndex;
import org.quotestance.index.StanceUse;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.store.ProjectStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An open project: the store (truth), the detector and the search index. Every use case goes
 * through here so that a saved change is also indexed. Opening brings the index in step with the
 * files (rebuilding or repairing it when needed, see {@link #indexStatus()}). Methods block: call
 * them from a worker.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectStore store;
    private final QuoteDetector detector;
    private final IndexSync indexSync;
    private final QuoteSearch search;
    private final IndexStatus indexStatus;
    private final List<Consumer<Article>> savedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProjectInfo>> infoListeners = new CopyOnWriteArrayList<>();

    private ProjectSession(ProjectStore store, QuoteDetector detector, boolean rebuildIndex, ProgressListener progress) {
        this.store = store;
        this.detector = detector;
        QuoteIndex index;
        try {
            if (rebuildIndex) {
                deleteIndexFolder(store);
            }
            index = QuoteIndex.open(store.indexDir());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            this.indexSync = new IndexSync(store, index);
            this.indexStatus = rebuildIndex
                    ? indexSync.rebuild("The search index was rebuilt on request", progress, Cancellation.NEVER)
                    : indexSync.bringInStep(index.opening(), progress, Cancellation.NEVER);
        } catch (RuntimeException e) {
            index.close();
            store.close();
            throw e;
        }
        this.search = new QuoteSearch(indexSync);
    }

    public static ProjectSession openOrCreate(Path dir) {
        return openOrCreate(dir, ProgressListener.NONE);
    }

    public static ProjectSession openExisting(Path dir) {
        return openExisting(dir, ProgressListener.NONE);
    }

    /** Opens (or creates) the project; {@code progress} hears about an index rebuild, if one is needed. */
    public static ProjectSession openOrCreate(Path dir, ProgressListener progress) {
        return new ProjectSession(ProjectStore.openOrCreate(dir), new QuoteDetector(), false, progress);
    }

    public static ProjectSession openExisting(Path dir, ProgressListener progress) {
        return new ProjectSession(ProjectStore.openExisting(dir), new QuoteDetector(), false, progress);
    }

    /** Opens an existing project and rebuilds its index from the article files ({@code reindex}). */
    public static ProjectSession openAndReindex(Path dir, ProgressListener progress) {
        return new ProjectSession(ProjectStore.openExisting(dir), new QuoteDetector(), true, progress);
    }

    private static void deleteIndexFolder(ProjectStore store) {
        Path versionDir = IndexSchema.versionDir(store.indexDir());
        try (var files = java.nio.file.Files.walk(versionDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing to delete
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot delete the old index in " + versionDir + ": " + e.getMessage(), e);
        }
    }

    /** What opening found and did to the search index (the UI may show {@link IndexStatus#message()}). */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    /**
     * Searches the project's quotes.
     *
     * @throws org.quotestance.app.search.InvalidQueryException when the query cannot be understood
     */
    public SearchResults search(SearchRequest request) {
        return search.search(request);
    }

    /** Quotes most like the given one in the whole project, best first, without the quote itself. */
    public List<Hit> moreLikeThis(String quoteId, int limit) {
        return search.moreLikeThis(quoteId, limit);
    }

    /** Rebuilds the index from every article file, with progress; can be cancelled. */
    public IndexStatus reindex(ProgressListener progress, Cancellation cancellation) {
        return indexSync.rebuild("The search index was rebuilt on request", progress, cancellation);
    }

    /** Deletes an article (its file and its index entries). */
    public void delete(String articleId) {
        store.delete(articleId);
        indexSync.removed(articleId);
        indexSync.index().commitSoon();
    }

    public ProjectStore store() {
        return store;
    }

    public QuoteDetector detector() {
        return detector;
    }

    public Path dir() {
        return store.dir();
    }

    public ProjectInfo info() {
        return store.info();
    }

    /** Saves project.json (the codebook with it) atomically and tells listeners (views showing stances). */
    public void saveInfo(ProjectInfo info) {
        store.saveInfo(info);
        indexSync.refreshVocabulary();
        infoListeners.forEach(l -> l.accept(info));
    }

    /** Called on the saving thread after every {@link #saveInfo}. */
    public void onInfoSaved(Consumer<ProjectInfo> listener) {
        infoListeners.add(listener);
    }

    public SpeakerRegistry speakers() {
        return store.speakers();
    }

    public Optional<Article> article(String id) {
        return store.load(id);
    }

    public List<ArticleSummary> summaries() {
        List<ArticleSummary> out = new ArrayList<>();
        for (Article a : store.loadAll((id, e) -> { })) {
            out.add(ArticleSummary.of(a));
        }
        return out;
    }

    /** Saves an edited article (durable on return) and tells listeners (the index) about it. */
    public synchronized Article save(Article article) {
        Article next = article.nextRevision();
        store.save(next);
        indexSync.indexSaved(next);
        indexSync.index().commitSoon();
        savedListeners.forEach(l -> l.accept(next));
        return next;
    }

    /**
     * Loads, changes and saves one article as one step, so that two workers editing the same
     * article (a codebook merge and an analyst's tag) do not overwrite each other. Returns the
     * saved article, or empty when the article does not exist or the change returned it unchanged.
     */
    public synchronized Optional<Article> update(String id, UnaryOperator<Article> change) {
        Optional<Article> current = store.load(id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Article changed = change.apply(current.get());
        if (changed == null || changed.equals(current.get())) {
            return Optional.empty();
        }
        return Optional.of(save(changed));
    }

    /**
     * Saves a batch of new or re-detected articles with one fsync round (DESIGN.md §4) and tells
     * listeners about each one. Durable on return; searchable at once (the index commits a little
     * later, batched, see {@link QuoteIndex#commitSoon()}).
     */
    public void saveAll(List<Article> articles) {
        store.saveAll(articles);
        indexSaved(articles);
    }

    /**
     * The second half of {@link #saveAll}, for a pipeline that writes the next batch's files while
     * this one is indexed: indexes articles whose files {@link ProjectStore#saveAll} has written
     * (the index stamps come from the files) and tells listeners about each one.
     */
    void indexSaved(List<Article> articles) {
        indexSync.refreshVocabulary();
        // IndexWriter takes documents from several threads at once: a batch is indexed on every core.
        articles.parallelStream().forEach(indexSync::indexSaved);
        indexSync.index().commitSoon();
        articles.forEach(a -> savedListeners.forEach(l -> l.accept(a)));
    }

    /** The quotes carrying any of some stances and their articles, from the index (it is kept in step). */
    public StanceUse stanceUse(Collection<String> stanceIds) {
        return indexSync.index().stanceUse(stanceIds);
    }

    /** Holds back index commits for a bulk change (see {@link QuoteIndex#holdCommits()}). */
    public QuoteIndex.CommitHold holdIndexCommits() {
        return indexSync.index().holdCommits();
    }

    public void onSaved(Consumer<Article> listener) {
        savedListeners.add(listener);
    }

    @Override
    public void close() {
        try {
            indexSync.index().close();
        } finally {
            store.close();
        }
    }
}
