package org.quotestance.index;

import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the documents a bulk change left in the writer's buffers as segments, one buffer per core
 * at a time. A commit or a reader refresh flushes the buffers one after another on the calling
 * thread: at the end of a 10,000-article import that is seconds of one core's work while the other
 * waits (ADR 0705).
 */
final class BufferFlush {
    private static final Logger LOG = LoggerFactory.getLogger(BufferFlush.class);

    private BufferFlush() {
    }

    static void onEveryCore(IndexWriter writer) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || !writer.isOpen()) {
            return;
        }
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 1; i < cores; i++) {
            helpers.add(CompletableFuture.runAsync(() -> flushAll(writer), BufferFlush::runOnOwnThread));
        }
        flushAll(writer);
        helpers.forEach(CompletableFuture::join);
    }

    /** Flushes buffers until none is left; another thread may be taking them at the same time. */
    private static void flushAll(IndexWriter writer) {
        try {
            while (writer.isOpen() && writer.flushNextBuffer()) {
                // one buffer written; take the next
            }
        } catch (IOException | RuntimeException e) {
            // the commit that follows flushes what is left, and reports a real failure
            LOG.debug("Parallel flush stopped early", e);
        }
    }

    /** A short-lived thread rather than the common pool, whose one worker an import may be using. */
    private static void runOnOwnThread(Runnable r) {
        Thread t = new Thread(r, "quotestance-index-flush");
        t.setDaemon(true);
        t.start();
    }
}
