package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.quotestance.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.quotestance.index.IndexSchema.*;

/**
 * The project's Lucene index (DESIGN.md §5, ADR 0701): one IndexWriter while the project is open,
 * near-real-time searchers from a SearcherManager, commits in batches, never a forceMerge. The
 * index is a cache of the article files; {@link IndexOpening} tells what had to be thrown away.
 * Thread-safe.
 */
public final class QuoteIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteIndex.class);
    private static final long COMMIT_DELAY_MS = 2_000;
    private static final long MAX_COMMIT_DELAY_MS = 30_000;
    private static final long FULL_CHECK_BYTES = 64L << 20;

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService searchThreads;
    private final ScheduledExecutorService commitTimer;
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final QuoteDocuments documents = new QuoteDocuments(facetsConfig);
    private final FacetCounter facetCounter;
    private final IndexOpening opening;
    private final Analyzer analyzer;
    private volatile ProjectVocabulary vocabulary = ProjectVocabulary.EMPTY;
    private volatile QueryLanguage language = new QueryLanguage(ProjectVocabulary.EMPTY);
    private volatile boolean stale;
    private ScheduledFuture<?> pendingCommit;
    private int commitHolds;
    private boolean commitWanted;
    private long firstUncommitted;

    private QuoteIndex(Path dir, Directory directory, IndexWriter writer, Analyzer analyzer, IndexOpening opening) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.opening = opening;
        this.searchThreads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                daemonThreads("quotestance-search-"));
        this.commitTimer = Executors.newSingleThreadScheduledExecutor(daemonThreads("quotestance-index-commit-"));
        this.facetCounter = new FacetCounter(facetsConfig, searchThreads);
        ExecutorService pool = searchThreads;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                             org.apache.lucene.index.IndexReader previous) {
                return new IndexSearcher(reader, pool); // segments are searched on both cores
            }
        });
    }

    /**
     * Opens the index under {@code indexRoot} ({@code <project>/index}), creating it when missing
     * and starting afresh when it is of another schema version or cannot be read. The caller then
     * brings it in step with the files (see {@link #articleStamps()}).
     */
    public static QuoteIndex open(Path indexRoot) {
        try {
            Files.createDirectories(indexRoot);
            Path current = IndexSchema.versionDir(indexRoot);
            boolean otherVersions = IndexFolders.removeOtherVersions(indexRoot, current);
            boolean existed = Files.isDirectory(current) && IndexFolders.hasCommit(current);
            IndexOpening opening;
            if (existed) {
                opening = IndexOpening.opened();
            } else if (otherVersions) {
                opening = IndexOpening.rebuilt(IndexOpening.State.OLD_SCHEMA,
                        "the index was of an older schema; it is rebuilt from the article files");
            } else {
                opening = IndexOpening.rebuilt(IndexOpening.State.MISSING,
                        "there was no index; it is built from the article files");
            }
            if (existed) {
                try {
                    return openIn(current, opening, true);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The index in {} cannot be read ({}); rebuilding it", current, e.toString());
                    IndexFolders.deleteTree(current);
                    opening = IndexOpening.rebuilt(IndexOpening.State.CORRUPT,
                            "the index could not be read (" + oneLine(e) + "); it is rebuilt from the article files");
                }
            }
            return openIn(current, opening, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the index in " + indexRoot + ": " + e.getMessage(), e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        m = m.replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static QuoteIndex openIn(Path dir, IndexOpening opening, boolean append) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            Analyzer analyzer = IndexSchema.analyzer();
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                    .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, cfg);
            if (append) {
                String schema = writer.getLiveCommitData() == null ? null : commitValue(writer, COMMIT_SCHEMA_KEY);
                if (schema != null && !schema.equals(String.valueOf(VERSION))) {
                    throw new IOException("the index says schema " + schema + ", expected " + VERSION);
                }
            }
            writer.setLiveCommitData(Map.of(COMMIT_SCHEMA_KEY, String.valueOf(VERSION)).entrySet());
            QuoteIndex index = new QuoteIndex(dir, directory, writer, analyzer, opening);
            if (append) {
                index.verifyReadable();
            } else {
                writer.commit(); // an empty index on disk, so that a crash leaves a valid one
            }
            return index;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            directory.close();
            throw e;
        }
    }

    private static String commitValue(IndexWriter w, String key) {
        for (Map.Entry<String, String> e : w.getLiveCommitData()) {
            if (e.getKey().equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Opening the searcher already checked each file's header and footer (a truncated or missing
     * file fails there); a small index is also checksummed whole, which a large one would pay
     * for on every open.
     */
    private void verifyReadable() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            if (sizeOnDisk() <= FULL_CHECK_BYTES) {
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e;
        } finally {
            try {
                searchers.release(s);
            } catch (IOException | RuntimeException ignored) {
                // already closing after a failure
            }
        }
    }

    private void closeQuietly() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException ignored) {
            // the index is being thrown away
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // same
        }
        try {
            directory.close();
        } catch (IOException ignored) {
            // same
        }
        searchThreads.shutdownNow();
        commitTimer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public IndexOpening opening() {
        return opening;
    }

    public Path dir() {
        return dir;
    }

    /** Names stances and resolves speaker aliases from now on (codebook or registry changed). */
    public void setVocabulary(ProjectVocabulary v) {
        vocabulary = v;
        language = new QueryLanguage(analyzer, v);
    }

    public ProjectVocabulary vocabulary() {
        return vocabulary;
    }

    // ---- writing --------------------------------------------------------------------------------

    /**
     * Replaces everything indexed for this article (its document and all its quotes) in one step,
     * so a quote removed from the article disappears from the index.
     *
     * @param stamp the article file's {@code size:modified} stamp after the save
     */
    public void upsert(Article article, String stamp) {
        try {
            writer.updateDocuments(new Term(ARTICLE, article.id()), documents.of(article, stamp, vocabulary));
            stale = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    public void delete(String articleId) {
        try {
            writer.deleteDocuments(new Term(ARTICLE, articleId));
            stale = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove article " + articleId + " from the index: " + e.getMessage(), e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
            stale = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the index: " + e.getMessage(), e);
        }
    }

    /** Makes every change so far durable; one commit per batch, not per article. */
    public synchronized void commit() {
        if (pendingCommit != null) {
            pendingCommit.cancel(false);
            pendingCommit = null;
        }
        try {
            if (writer.isOpen() && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the index: " + e.getMessage(), e);
        }
    }

    /**
     * Commits once the project has been quiet for a moment (or at the latest after
     * {@link #MAX_COMMIT_DELAY_MS}): single edits and the chunks of an import do not each pay for
     * a commit, which flushes a segment. Losing uncommitted changes in a crash costs nothing: the
     * stamps tell the next open what to re-index.
     */
    public synchronized void commitSoon() {
        if (commitHolds > 0) {
            commitWanted = true;
            return;
        }
        long now = System.nanoTime();
        if (pendingCommit != null && !pendingCommit.isDone()) {
            if (TimeUnit.NANOSECONDS.toMillis(now - firstUncommitted) >= MAX_COMMIT_DELAY_MS) {
                return; // let the scheduled commit happen, do not push it further out
            }
            pendingCommit.cancel(false);
        } else {
            firstUncommitted = now;
        }
        pendingCommit = commitTimer.schedule(() -> {
            try {
                commit();
            } catch (RuntimeException e) {
                LOG.warn("Deferred index commit failed; the next open repairs the index", e);
            }
        }, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Documents the writer holds in memory, not yet written as a segment (for tests). */
    int bufferedDocuments() {
        return writer.numRamDocs();
    }

    /** Whether a commit is scheduled (for tests). */
    synchronized boolean commitScheduled() {
        return pendingCommit != null && !pendingCommit.isDone();
    }

    /** A hold on commits; closing it lets a wanted commit happen soon. */
    public interface CommitHold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds back the commits that {@link #commitSoon()} would make until the hold is closed. A bulk
     * import takes one: every commit flushes the segments being built, and the small segments
     * that result cost merges; held, the import is flushed when the writer's buffer is full and
     * committed once at the end. Searches still see every change (near real time); a crash in
     * between loses nothing, since the stamps tell the next open what to re-index.
     */
    public synchronized CommitHold holdCommits() {
        commitHolds++;
        boolean[] released = {false};
        return () -> {
            synchronized (QuoteIndex.this) {
                if (released[0]) {
                    return;
                }
                released[0] = true;
                commitHolds--;
                if (commitHolds > 0 || !commitWanted) {
                    return;
                }
                commitWanted = false;
            }
            // outside the lock, so that searches go on meanwhile
            BufferFlush.onEveryCore(writer);
            commitSoon();
        };
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Makes the latest changes visible to the next search (near real time, no commit needed). */
    private void refreshIfStale() throws IOException {
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
    }

    /** The stamp every indexed article was built from, by article id. */
    public Map<String, String> articleStamps() {
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                Map<String, String> out = new HashMap<>();
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    SortedDocValues stamps = leaf.reader().getSortedDocValues(STAMP);
                    SortedDocValues ids = leaf.reader().getSortedDocValues(ARTICLE);
                    if (stamps == null || ids == null) {
                        continue;
                    }
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = stamps.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = stamps.nextDoc()) {
                        if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                            out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                                    stamps.lookupOrd(stamps.ordValue()).utf8ToString());
                        }
                    }
                }
                return out;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    /**
     * The quotes that carry any of {@code stanceIds}, as counted by the index: what a codebook
     * merge or delete must touch, found without reading every article file.
     */
    public StanceUse stanceUse(Collection<String> stanceIds) {
        if (stanceIds.isEmpty()) {
            return new StanceUse(0, Set.of());
        }
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                return StanceUse.count(s, stanceIds);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    /** Number of quotes indexed (visible to searches). */
    public long quoteCount() {
        return search(new QuoteQuery("", QuoteQuery.Order.RELEVANCE, 0, 0, false, 1)).total();
    }

    /** Bytes the current index files take on disk. */
    public long sizeOnDisk() {
        try {
            long sum = 0;
            for (String f : directory.listAll()) {
                try {
                    sum += directory.fileLength(f);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // merged away while listing
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a search: exact total, one page of hits with snippets and, when asked, facet counts.
     *
     * @throws QuerySyntaxException when the query text cannot be understood
     */
    public QuoteResults search(QuoteQuery q) {
        long start = System.nanoTime();
        QueryLanguage.ParsedQuery parsed = language.parse(q.text());
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                int wanted = Math.max(1, q.offset() + q.limit());
                // Counting beyond the top hits is left to the facets collector, which sees every match anyway.
                var top = q.order() == QuoteQuery.Order.DATE
                        ? new TopFieldCollectorManager(dateSort(), wanted, null, 1000, true)
                        : new TopScoreDocCollectorManager(wanted, null, 1000, true);
                Object[] r = s.search(parsed.query(), new MultiCollectorManager(top, new FacetsCollectorManager()));
                TopDocs topDocs = (TopDocs) r[0];
                FacetsCollector matches = (FacetsCollector) r[1];
                long total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
                Map<String, List<FacetValue>> facets = q.facets()
                        ? facetCounter.count(s.getIndexReader(), matches, total, q.facetLimit(), vocabulary,
                        q.text() == null || q.text().isBlank())
                        : Map.of();
                ScoreDoc[] page = q.offset() >= topDocs.scoreDocs.length || q.limit() == 0 ? new ScoreDoc[0]
                        : Arrays.copyOfRange(topDocs.scoreDocs, q.offset(), Math.min(topDocs.scoreDocs.length, wanted));
                List<QuoteHit> hits = new HitReader(s, analyzer, vocabulary).read(page, parsed.highlight());
                return new QuoteResults(total, hits, facets, System.nanoTime() - start);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
        }
    }

    private static Sort dateSort() {
        SortField published = new SortField(PUBLISHED, SortField.Type.INT, true);
        published.setMissingValue(Integer.MIN_VALUE);
        return new Sort(published, new SortField(ARTICLE, SortField.Type.STRING),
                new SortField(POSITION, SortField.Type.INT));
    }

    /**
     * Quotes most like the given one (similar words, stemmed), the quote itself left out.
     * Empty when the quote is not indexed.
     */
    public List<QuoteHit> moreLikeThis(String quoteId, int limit) {
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs self = s.search(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ID, quoteId)), Occur.FILTER)
                        .add(new TermQuery(new Term(TYPE, TYPE_QUOTE)), Occur.FILTER).build(), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                String text = s.storedFields().document(self.scoreDocs[0].doc).get(TEXT);
                Query like = SimilarQuotes.query(s.getIndexReader(), analyzer, text);
                if (like == null) {
                    return List.of();
                }
                Query q = new BooleanQuery.Builder()
                        .add(like, Occur.MUST)
                        .add(new TermQuery(new Term(TYPE, TYPE_QUOTE)), Occur.FILTER)
                        .add(new TermQuery(new Term(ID, quoteId)), Occur.MUST_NOT).build();
                TopDocs top = s.search(q, Math.max(1, limit));
                return new HitReader(s, analyzer, vocabulary).read(top.scoreDocs, like);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("More-like-this failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (pendingCommit != null) {
                pendingCommit.cancel(false);
            }
        }
        commitTimer.shutdown();
        try {
            if (writer.isOpen()) {
                commit();
            }
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the index: " + e.getMessage(), e);
        } finally {
            searchThreads.shutdown();
            try {
                directory.close();
            } catch (IOException e) {
                LOG.warn("Closing the index directory failed", e);
            }
        }
    }

}
