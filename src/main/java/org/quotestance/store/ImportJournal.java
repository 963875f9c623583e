package org.quotestance.store;

import org.quotestance.model.Article;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Speaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The small journal that lets a batch import group its fsyncs (DESIGN.md §4, ADR 0004). Before a
 * chunk of articles is written, the ids of every article the batch has written so far plus the
 * chunk are written (atomically) to {@code import-journal.json}; when the batch ends, its speakers
 * are merged into the registry and the journal is deleted. A journal found when a project opens
 * therefore means a batch was interrupted: the articles it lists are verified (an unreadable one
 * is removed, so a re-import writes it again) and their named speakers are merged into the
 * registry, which the batch had not saved yet.
 */
public final class ImportJournal {
    public static final String FILE = "import-journal.json";
    private final ProjectStore store;
    private final Set<String> ids = new LinkedHashSet<>();
    private final Instant started = Instant.now();

    /** The journal file's shape. */
    record Entry(Instant started, List<String> ids) {
    }

    /** What opening a project found and did about an interrupted import. */
    public record Recovery(int listed, int present, int removed) {
        public String message() {
            return "An earlier import was interrupted: " + present + " of its " + listed
                    + " articles were saved and verified" + (removed > 0 ? " (" + removed + " damaged file(s) removed)" : "")
                    + ". Import the same files again to finish it.";
        }
    }

    ImportJournal(ProjectStore store) {
        this.store = store;
    }

    /** Records that these articles are about to be written; durable before it returns. */
    public void willWrite(List<String> articleIds) {
        ids.addAll(articleIds);
        try {
            AtomicFiles.write(file(store.dir()), ProjectJson.MAPPER.writeValueAsBytes(new Entry(started, List.copyOf(ids))));
        } catch (IOException e) {
            throw new StoreException("Cannot write the import journal of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The batch is complete (speakers saved): nothing to verify any more. */
    public void finish() {
        try {
            Files.deleteIfExists(file(store.dir()));
            AtomicFiles.syncFolder(store.dir().toAbsolutePath());
        } catch (IOException e) {
            throw new StoreException("Cannot remove the import journal of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    static Path file(Path projectDir) {
        return projectDir.resolve(FILE);
    }

    /** Called on open, with the lock held; null when no import was interrupted. */
    static Recovery recover(ProjectStore store) {
        Path f = file(store.dir());
        if (!Files.isRegularFile(f)) {
            return null;
        }
        List<String> listed;
        try {
            listed = ProjectStore.readJson(f, Entry.class).ids();
        } catch (IOException e) {
            // written atomically, so unreadable only when damaged from outside: nothing to verify
            listed = List.of();
        }
        int present = 0;
        int removed = 0;
        List<Speaker> speakers = new ArrayList<>();
        for (String id : listed == null ? List.<String>of() : listed) {
            if (!store.contains(id)) {
                continue;
            }
            try {
                Article a = store.load(id).orElseThrow();
                speakers.addAll(a.speakers());
                present++;
            } catch (RuntimeException e) {
                store.delete(id);
                removed++;
            }
        }
        if (!speakers.isEmpty()) {
            SpeakerRegistry merged = store.speakers().merge(speakers);
            store.saveSpeakers(merged);
        }
        new ImportJournal(store).finish();
        return new Recovery(listed == null ? 0 : listed.size(), present, removed);
    }
}
