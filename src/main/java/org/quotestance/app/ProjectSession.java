package org.quotestance.app;

import org.quotestance.detect.QuoteDetector;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.store.ProjectStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An open project: the store (truth), the detector and, later, the index. Every use case goes
 * through here so that a saved change is also indexed. Methods block: call them from a worker.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectStore store;
    private final QuoteDetector detector;
    private final List<Consumer<Article>> savedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProjectInfo>> infoListeners = new CopyOnWriteArrayList<>();

    private ProjectSession(ProjectStore store, QuoteDetector detector) {
        this.store = store;
        this.detector = detector;
    }

    public static ProjectSession openOrCreate(Path dir) {
        return new ProjectSession(ProjectStore.openOrCreate(dir), new QuoteDetector());
    }

    public static ProjectSession openExisting(Path dir) {
        return new ProjectSession(ProjectStore.openExisting(dir), new QuoteDetector());
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
     * listeners about each one. Durable on return.
     */
    public void saveAll(List<Article> articles) {
        store.saveAll(articles);
        articles.forEach(a -> savedListeners.forEach(l -> l.accept(a)));
    }

    public void onSaved(Consumer<Article> listener) {
        savedListeners.add(listener);
    }

    @Override
    public void close() {
        store.close();
    }
}
