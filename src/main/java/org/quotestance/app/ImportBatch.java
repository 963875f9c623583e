package org.quotestance.app;

import org.quotestance.detect.Detection;
import org.quotestance.ingest.ArticleDraft;
import org.quotestance.ingest.ArticleSourceReader;
import org.quotestance.ingest.IngestException;
import org.quotestance.ingest.ReadOutcome;
import org.quotestance.ingest.SourceFormat;
import org.quotestance.index.QuoteIndex;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Speaker;
import org.quotestance.store.ImportJournal;
import org.quotestance.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import use case: files, folders (recursively) and standard input become articles of the
 * open project. Each article gets its content-hash id; one already in the project (or earlier in
 * the batch) is counted as a duplicate and skipped. New articles go through detection (quotes are
 * suggestions) and are saved in chunks, so fsyncs are grouped, under an {@link ImportJournal}; the
 * named speakers are merged into the registry once at the end. One bad file never stops the batch,
 * and nothing already in the project changes. While one chunk is saved and indexed (on a
 * {@link SavePipeline} thread) the next is read and detected, so an import keeps both cores busy.
 */
public final class ImportBatch {
    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);
    /** Articles per fsync round: big enough to amortise the fsyncs, small enough to lose little on a crash. */
    public static final int CHUNK = 256;
    /** System property that overrides {@link #CHUNK}, for benchmarks and the crash test. */
    public static final String CHUNK_PROPERTY = "quotestance.import.chunk";

    private final ProjectSession session;
    private final ArticleSourceReader reader;
    private final InputStream stdin;
    private final Clock clock;
    private final int chunk;

    public ImportBatch(ProjectSession session, ArticleSourceReader reader, InputStream stdin, Clock clock) {
        this.session = session;
        this.reader = reader;
        this.stdin = stdin;
        this.clock = clock;
        this.chunk = Math.max(1, Integer.getInteger(CHUNK_PROPERTY, CHUNK));
    }

    public ImportBatch(ProjectSession session) {
        this(session, new ArticleSourceReader(), System.in, Clock.systemUTC());
    }

    /** One source to read: a file, or standard input. */
    private record Source(String name, Path path) {
        boolean isStdin() {
            return path == null;
        }
    }

    /** Imports the given paths ("-" is standard input). Blocks: call it from a worker. */
    public ImportSummary run(List<String> paths, ProgressListener progress, Cancellation cancel) {
        List<ImportFailure> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Source> sources = expand(paths, failures, skipped);

        List<String> imported = new ArrayList<>();
        List<Article> pending = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        boolean cancelled = false;
        ImportJournal journal = session.store().startImport();
        boolean journalUsed = false;
        SavePipeline saving = new SavePipeline(session, journal);
        try (QuoteIndex.CommitHold hold = session.holdIndexCommits()) {
            for (int i = 0; i < sources.size(); i++) {
                if (cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Source src = sources.get(i);
                progress.progress(i, sources.size(), src.name());
                ArticleSourceReader.SourceRead read;
                try {
                    read = src.isStdin() ? reader.readStdin(stdin) : reader.read(src.path());
                } catch (IngestException e) {
                    failures.add(new ImportFailure(src.name(), e.getMessage()));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.warn("Unexpected failure reading {}", src.name(), e);
                    failures.add(new ImportFailure(src.name(), "cannot be read (" + e + ")"));
                    continue;
                }
                for (ReadOutcome.ItemProblem p : read.problems()) {
                    failures.add(new ImportFailure(src.name() + " (" + p.where() + ")", p.reason()));
                }
                Instant now = clock.instant();
                for (ArticleDraft draft : read.articles()) {
                    String id = ArticleIds.of(draft.text());
                    if (!seen.add(id) || session.store().contains(id)) {
                        duplicates++;
                        continue;
                    }
                    try {
                        pending.add(detect(id, draft, now));
                    } catch (RuntimeException e) {
                        LOG.warn("Detection failed on {}", src.name(), e);
                        failures.add(new ImportFailure(src.name(), "quote detection failed (" + e + ")"));
                        seen.remove(id);
                    }
                }
                if (pending.size() >= chunk) {
                    journalUsed = true;
                    saving.submit(pending).addTo(imported, speakers, failures);
                    pending = new ArrayList<>();
                }
            }
            if (!pending.isEmpty()) {
                journalUsed = true;
                saving.submit(pending).addTo(imported, speakers, failures);
            }
            saving.finish().addTo(imported, speakers, failures);
        } finally {
            saving.close();
        }
        if (journalUsed) {
            try {
                if (!speakers.isEmpty()) {
                    session.store().saveSpeakers(session.speakers().merge(speakers));
                }
                journal.finish();
            } catch (StoreException e) {
                // the articles are saved; the journal stays, and the next open merges their speakers
                failures.add(new ImportFailure(session.dir().toString(), e.getMessage()));
            }
        }
        progress.progress(sources.size(), sources.size(), "done");
        return new ImportSummary(imported, duplicates, failures, skipped, cancelled);
    }

    private Article detect(String id, ArticleDraft draft, Instant now) {
        Detection d = session.detector().detect(id, draft.text());
        List<Quote> quotes = d.quotes().stream().map(q -> q.withStatus(ReviewStatus.SUGGESTED)).toList();
        var m = draft.meta();
        return new Article(id, m.withSource(m.source(), m.format(), now), draft.text(), quotes, d.speakers(), 1);
    }

    /** Files and folders to sources, in a stable order; what cannot be expanded is a failure. */
    private static List<Source> expand(List<String> paths, List<ImportFailure> failures, List<String> skipped) {
        List<Source> out = new ArrayList<>();
        for (String p : paths) {
            if (SourceFormat.STDIN.equals(p)) {
                out.add(new Source(p, null));
                continue;
            }
            Path path;
            try {
                path = Path.of(p);
            } catch (RuntimeException e) {
                failures.add(new ImportFailure(p, "not a valid path"));
                continue;
            }
            if (Files.isDirectory(path)) {
                expandFolder(p, path, out, failures, skipped);
            } else if (!Files.exists(path)) {
                failures.add(new ImportFailure(p, "no such file or folder"));
            } else {
                out.add(new Source(p, path));
            }
        }
        return out;
    }

    private static void expandFolder(String name, Path folder, List<Source> out, List<ImportFailure> failures,
                                     List<String> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new ImportFailure(file.toString(), Files.isDirectory(file)
                            ? "cannot list the folder (" + reason(e) + ")" : reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new ImportFailure(name, "cannot list the folder (" + reason(e) + ")"));
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) {
            if (SourceFormat.ofFileName(f.getFileName().toString()).isPresent()) {
                out.add(new Source(f.toString(), f));
            } else {
                skipped.add(f.toString());
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Dot files and folders (".git", ".DS_Store") are not articles. */
    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
