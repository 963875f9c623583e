package org.quotestance.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJournalTest {
    @TempDir
    Path tmp;

    private static Article article(String text, Speaker... speakers) {
        return new Article(ArticleIds.of(text), ArticleMeta.titled(text), text, List.of(), List.of(speakers), 1);
    }

    @Test
    void aCompletedBatchLeavesNoJournal() {
        try (ProjectStore store = ProjectStore.openOrCreate(tmp)) {
            ImportJournal j = store.startImport();
            Article a = article("One");
            j.willWrite(List.of(a.id()));
            assertThat(tmp.resolve(ImportJournal.FILE)).exists();
            store.saveAll(List.of(a));
            j.finish();
        }
        assertThat(tmp.resolve(ImportJournal.FILE)).doesNotExist();
        try (ProjectStore store = ProjectStore.openExisting(tmp)) {
            assertThat(store.recovery()).isEmpty();
        }
    }

    @Test
    void anInterruptedBatchIsVerifiedOnOpenAndItsSpeakersReachTheRegistry() throws Exception {
        Speaker brenk = new Speaker("tomas-brenk", "Tomas Brenk", SpeakerType.PERSON, List.of("foreign minister"), null, List.of("Brenk"));
        Speaker anonymous = new Speaker("a1-s2", "a Veldrian official", SpeakerType.ANONYMOUS, List.of(), null, List.of());
        Article saved = article("Saved story", brenk, anonymous);
        Article damaged = article("Damaged story");
        Article neverWritten = article("Never written");
        try (ProjectStore store = ProjectStore.openOrCreate(tmp)) {
            ImportJournal j = store.startImport();
            j.willWrite(List.of(saved.id(), damaged.id(), neverWritten.id()));
            store.saveAll(List.of(saved, damaged));
            // the process dies here: no speakers saved, journal left behind
        }
        Files.writeString(tmpArticle(damaged.id()), "{\"schemaVersion\": 1, \"article\": {\"id\": "); // damaged from outside

        try (ProjectStore store = ProjectStore.openExisting(tmp)) {
            assertThat(store.recovery()).hasValueSatisfying(r -> {
                assertThat(r.listed()).isEqualTo(3);
                assertThat(r.present()).isEqualTo(1);
                assertThat(r.removed()).isEqualTo(1);
                assertThat(r.message()).contains("1 of its 3 articles").contains("Import the same files again");
            });
            assertThat(store.articleIds()).containsExactly(saved.id());
            assertThat(store.speakers().speakers()).extracting(Speaker::id).containsExactly("tomas-brenk");
        }
        assertThat(tmp.resolve(ImportJournal.FILE)).doesNotExist();
    }

    private Path tmpArticle(String id) {
        return tmp.resolve(ProjectStore.ARTICLES_DIR).resolve(id.substring(0, 2)).resolve(id + ".json");
    }
}
