package org.quotestance.store;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.SpeakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project folder, the source of truth (DESIGN.md §4). Holds the project lock while open.
 * Every write is atomic and durable when the call returns.
 */
public final class ProjectStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);
    public static final String PROJECT_FILE = "project.json";
    public static final String SPEAKERS_FILE = "speakers.json";
    public static final String ARTICLES_DIR = "articles";
    public static final String INDEX_DIR = "index";

    private final Path dir;
    private final ProjectLock lock;
    private ProjectInfo info;
    private ImportJournal.Recovery recovery;

    private ProjectStore(Path dir, ProjectLock lock, ProjectInfo info) {
        this.dir = dir;
        this.lock = lock;
        this.info = info;
    }

    /** Opens the project in {@code dir}, creating an empty one there if the folder holds none. */
    public static ProjectStore openOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the project folder " + dir + ": " + e.getMessage(), e);
        }
        return open(dir, true);
    }

    /** Opens an existing project; fails with a clear message when {@code dir} is not one. */
    public static ProjectStore openExisting(Path dir) {
        if (!Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
            throw new StoreException(dir + " is not a QuoteStance project (no " + PROJECT_FILE + ")");
        }
        return open(dir, false);
    }

    public static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(PROJECT_FILE));
    }

    private static ProjectStore open(Path dir, boolean create) {
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            if (lock.tookOverStale()) {
                LOG.warn("Took over the lock of {} left by a process that ended without closing it", dir);
            }
            int swept = AtomicFiles.sweepTemps(dir);
            if (swept > 0) {
                LOG.warn("Removed {} unfinished temp file(s) in {} left by an interrupted save", swept, dir);
            }
            Path pf = dir.resolve(PROJECT_FILE);
            ProjectInfo info;
            if (Files.isRegularFile(pf)) {
                info = readJson(pf, ProjectInfo.class);
                if (info.schemaVersion() > ProjectInfo.SCHEMA_VERSION) {
                    throw new StoreException(pf + " was written by a newer QuoteStance (schema "
                            + info.schemaVersion() + "); this version reads up to " + ProjectInfo.SCHEMA_VERSION);
                }
            } else if (create) {
                String name = dir.toAbsolutePath().normalize().getFileName().toString().replaceFirst("\\.qstance$", "");
                info = new ProjectInfo(name, ProjectInfo.SCHEMA_VERSION, Codebook.EMPTY, Map.of());
                writeJson(pf, info);
            } else {
                throw new StoreException(dir + " is not a QuoteStance project (no " + PROJECT_FILE + ")");
            }
            ProjectStore store = new ProjectStore(dir, lock, info);
            store.recovery = ImportJournal.recover(store);
            if (store.recovery != null) {
                LOG.warn("{}: {}", dir, store.recovery.message());
            }
            return store;
        } catch (IOException e) {
            lock.close();
            throw new StoreException("Cannot open the project " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** What opening found of an import that a crash interrupted, if anything. */
    public Optional<ImportJournal.Recovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    /** A journal for one batch import (see {@link ImportJournal}). */
    public ImportJournal startImport() {
        return new ImportJournal(this);
    }

    public Path dir() {
        return dir;
    }

    public Path indexDir() {
        return dir.resolve(INDEX_DIR);
    }

    public synchronized ProjectInfo info() {
        return info;
    }

    public synchronized void saveInfo(ProjectInfo newInfo) {
        writeJsonUnchecked(dir.resolve(PROJECT_FILE), newInfo);
        info = newInfo;
    }

    public synchronized SpeakerRegistry speakers() {
        Path f = dir.resolve(SPEAKERS_FILE);
        if (!Files.isRegularFile(f)) {
            return SpeakerRegistry.EMPTY;
        }
        try {
            return readJson(f, SpeakerRegistry.class);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    public synchronized void saveSpeakers(SpeakerRegistry registry) {
        writeJsonUnchecked(dir.resolve(SPEAKERS_FILE), registry);
    }

    public Path articleFile(String id) {
        String shard = id.length() >= 2 ? id.substring(0, 2) : "_";
        return dir.resolve(ARTICLES_DIR).resolve(shard).resolve(id + ".json");
    }

    public boolean contains(String articleId) {
        return Files.isRegularFile(articleFile(articleId));
    }

    /** Every article id in the project, in file order (sorted). */
    public List<String> articleIds() {
        Path root = dir.resolve(ARTICLES_DIR);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the articles of " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A cheap fingerprint of an article file, {@code size:modifiedNanos}, that changes whenever the
     * file is rewritten; empty when there is no such file. The index keeps it to notice edits made
     * behind its back.
     */
    public Optional<String> articleStamp(String id) {
        try {
            BasicFileAttributes a = Files.readAttributes(articleFile(id), BasicFileAttributes.class);
            return Optional.of(stamp(a));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read the attributes of " + articleFile(id) + ": " + e.getMessage(), e);
        }
    }

    /** {@link #articleStamp} of every article file, by id, read in one walk over the folder. */
    public Map<String, String> articleStamps() {
        Path root = dir.resolve(ARTICLES_DIR);
        Map<String, String> out = new java.util.HashMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try {
            Files.walkFileTree(root, java.util.Set.of(), 2, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String n = file.getFileName().toString();
                    if (attrs.isRegularFile() && n.endsWith(".json")) {
                        out.put(n.substring(0, n.length() - ".json".length()), stamp(attrs));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StoreException("Cannot list the articles of " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String stamp(BasicFileAttributes a) {
        return a.size() + ":" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public Optional<Article> load(String id) {
        Path f = articleFile(id);
        try {
            return Optional.of(readJson(f, ArticleFile.class).article());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read the article file " + f + ": " + e.getMessage(), e);
        }
    }

    /** Loads every article; a file that cannot be read is reported to {@code onError} and skipped. */
    public List<Article> loadAll(java.util.function.BiConsumer<String, StoreException> onError) {
        List<Article> out = new ArrayList<>();
        for (String id : articleIds()) {
            try {
                load(id).ifPresent(out::add);
            } catch (StoreException e) {
                onError.accept(id, e);
            }
        }
        return out;
    }

    /** Saves one article atomically and durably. */
    public void save(Article article) {
        writeJsonUnchecked(articleFile(article.id()), new ArticleFile(ProjectInfo.SCHEMA_VERSION, article));
    }

    /** Saves a batch with one fsync round (DESIGN.md §4); each file is still replaced atomically. */
    public void saveAll(List<Article> articles) {
        List<Path> targets = new ArrayList<>(articles.size());
        List<byte[]> contents = new ArrayList<>(articles.size());
        for (Article a : articles) {
            targets.add(articleFile(a.id()));
            contents.add(ProjectJson.MAPPER.writeValueAsBytes(new ArticleFile(ProjectInfo.SCHEMA_VERSION, a)));
        }
        try {
            AtomicFiles.writeAll(targets, contents);
        } catch (IOException e) {
            throw new StoreException("Cannot save articles in " + dir + ": " + e.getMessage(), e);
        }
    }

    public void delete(String articleId) {
        try {
            Files.deleteIfExists(articleFile(articleId));
            AtomicFiles.syncFolder(articleFile(articleId).getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot delete article " + articleId + ": " + e.getMessage(), e);
        }
    }

    static <T> T readJson(Path file, Class<T> type) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            T value = ProjectJson.MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new IOException("the file is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new IOException("not valid QuoteStance JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static void writeJson(Path file, Object value) throws IOException {
        AtomicFiles.write(file, ProjectJson.MAPPER.writeValueAsBytes(value));
    }

    private void writeJsonUnchecked(Path file, Object value) {
        try {
            writeJson(file, value);
        } catch (IOException e) {
            throw new StoreException("Cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
