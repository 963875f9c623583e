package org.quotestance.app;

import org.quotestance.model.Article;
import org.quotestance.model.Speaker;
import org.quotestance.store.ImportJournal;
import org.quotestance.store.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second stage of an import: saves and indexes one chunk of detected articles on its own
 * thread while the caller reads and detects the next. At most one chunk is in flight, so memory
 * stays bounded and a failure is reported with the chunk after it at the latest. Chunks are saved
 * in the order they were submitted, each under the import's journal.
 */
final class SavePipeline implements AutoCloseable {
    /** What saving one chunk gave: the ids saved, their speakers, and failures naming each source. */
    record Saved(List<String> ids, List<Speaker> speakers, List<ImportFailure> failures) {
        static final Saved NOTHING = new Saved(List.of(), List.of(), List.of());

        void addTo(List<String> imported, List<Speaker> allSpeakers, List<ImportFailure> allFailures) {
            imported.addAll(ids);
            allSpeakers.addAll(speakers);
            allFailures.addAll(failures);
        }
    }

    private final ProjectSession session;
    private final ImportJournal journal;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quotestance-import-save");
        t.setDaemon(true);
        return t;
    });
    private Future<Saved> inFlight;

    SavePipeline(ProjectSession session, ImportJournal journal) {
        this.session = session;
        this.journal = journal;
    }

    /**
     * Hands a chunk over and returns what the previous chunk gave (waiting for it if it is still
     * being saved). The caller must not touch {@code chunk} afterwards.
     */
    Saved submit(List<Article> chunk) {
        Saved previous = finish();
        List<Article> articles = List.copyOf(chunk);
        inFlight = thread.submit(() -> save(articles));
        return previous;
    }

    /** Waits for the chunk in flight, if any, and returns what it gave. */
    Saved finish() {
        if (inFlight == null) {
            return Saved.NOTHING;
        }
        Future<Saved> f = inFlight;
        inFlight = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the chunk is being written: let it finish, then pass the interrupt on
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Saved save(List<Article> chunk) {
        List<String> ids = chunk.stream().map(Article::id).toList();
        try {
            journal.willWrite(ids);
            session.saveAll(chunk);
            List<Speaker> speakers = new ArrayList<>();
            chunk.forEach(a -> speakers.addAll(a.speakers()));
            return new Saved(ids, speakers, List.of());
        } catch (StoreException e) {
            List<ImportFailure> failures = new ArrayList<>();
            for (Article a : chunk) {
                failures.add(new ImportFailure(a.meta().source(), e.getMessage()));
            }
            return new Saved(List.of(), List.of(), failures);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
