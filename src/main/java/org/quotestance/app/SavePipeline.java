package org.quotestance.app;

import org.quotestance.model.Article;
import org.quotestance.model.Speaker;
import org.quotestance.store.ImportJournal;
import org.quotestance.store.StoreException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The later stages of an import, each on its own thread, so that reading and detecting (the
 * caller), writing files (mostly waiting for fsyncs) and indexing (both cores) overlap: while one
 * chunk is indexed the next one's files are written and the one after is detected. At most two
 * chunks are in flight, so memory stays bounded and a failure is reported two chunks later at the
 * latest. Chunks are written and indexed in the order they were submitted, each chunk's files
 * under the import's journal before its documents reach the index (the index stamps come from the
 * files).
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

        Saved and(Saved later) {
            if (this == NOTHING) {
                return later;
            }
            List<String> i = new ArrayList<>(ids);
            i.addAll(later.ids);
            List<Speaker> s = new ArrayList<>(speakers);
            s.addAll(later.speakers);
            List<ImportFailure> f = new ArrayList<>(failures);
            f.addAll(later.failures);
            return new Saved(i, s, f);
        }
    }

    private static final int IN_FLIGHT = 2;

    private final ProjectSession session;
    private final ImportJournal journal;
    private final ExecutorService files = singleThread("quotestance-import-files");
    private final ExecutorService indexing = singleThread("quotestance-import-index");
    private final Deque<Future<Saved>> inFlight = new ArrayDeque<>();

    SavePipeline(ProjectSession session, ImportJournal journal) {
        this.session = session;
        this.journal = journal;
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Hands a chunk over and returns what the chunks that have meanwhile finished gave (waiting for
     * the oldest when two are still in flight). The caller must not touch {@code chunk} afterwards.
     */
    Saved submit(List<Article> chunk) {
        Saved done = Saved.NOTHING;
        while (inFlight.size() >= IN_FLIGHT) {
            done = done.and(await(inFlight.removeFirst()));
        }
        List<Article> articles = List.copyOf(chunk);
        Future<Saved> written = files.submit(() -> write(articles));
        inFlight.addLast(indexing.submit(() -> {
            Saved saved = await(written);
            if (!saved.ids().isEmpty()) {
                session.indexSaved(articles);
            }
            return saved;
        }));
        return done;
    }

    /** Waits for every chunk in flight and returns what they gave. */
    Saved finish() {
        Saved done = Saved.NOTHING;
        while (!inFlight.isEmpty()) {
            done = done.and(await(inFlight.removeFirst()));
        }
        return done;
    }

    private static Saved await(Future<Saved> f) {
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

    private Saved write(List<Article> chunk) {
        List<String> ids = chunk.stream().map(Article::id).toList();
        try {
            journal.willWrite(ids);
            session.store().saveAll(chunk);
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
        files.shutdown();
        indexing.shutdown();
    }
}
