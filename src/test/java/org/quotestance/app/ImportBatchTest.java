package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.ingest.ArticleSourceReader;
import org.quotestance.ingest.Fixtures;
import org.quotestance.model.Article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportBatchTest {
    @TempDir
    Path tmp;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private ImportSummary importInto(Path project, List<String> paths) {
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            return new ImportBatch(s, new ArticleSourceReader(), new ByteArrayInputStream(new byte[0]), CLOCK)
                    .run(paths, ProgressListener.NONE, new Cancellation());
        }
    }

    @Test
    void importsAFolderRecursivelyWithMetadataAndSkipsDuplicates() {
        Path in = tmp.resolve("in");
        Fixtures.copy("wire-byline-outlet.txt", in);
        Fixtures.copy("page.html", in.resolve("web"));
        Fixtures.copy("export.json", in.resolve("web"));
        Fixtures.copy("wire-byline-outlet.txt", in.resolve("copy")); // same text: one article
        Path project = tmp.resolve("p.qstance");

        ImportSummary s = importInto(project, List.of(in.toString()));

        assertThat(s.importedCount()).isEqualTo(4); // txt, html, 2 of the 3 JSON items
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("export.json (item 3)");
            assertThat(f.reason()).contains("no article text");
        });
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            Article wire = session.store().loadAll((id, e) -> { }).stream()
                    .filter(a -> "txt".equals(a.meta().format())).findFirst().orElseThrow();
            assertThat(wire.meta().outlet()).isEqualTo("Reuters");
            assertThat(wire.meta().published()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(wire.meta().importedAt()).isEqualTo(CLOCK.instant());
            assertThat(wire.meta().source()).endsWith("wire-byline-outlet.txt");
            assertThat(wire.revision()).isEqualTo(1);
            assertThat(session.store().dir().resolve("import-journal.json")).doesNotExist();
        }

        ImportSummary again = importInto(project, List.of(in.toString()));
        assertThat(again.importedCount()).isZero();
        assertThat(again.duplicates()).isEqualTo(5);
    }

    @Test
    void readsStandardInputAsAnArticle() {
        String story = "Lisnow talks resume\n\nBy Ivo Lenz\n\nNegotiators met again on Friday.\n";
        try (ProjectSession s = ProjectSession.openOrCreate(tmp.resolve("p"))) {
            ImportSummary sum = new ImportBatch(s, new ArticleSourceReader(),
                    new ByteArrayInputStream(story.getBytes(StandardCharsets.UTF_8)), CLOCK)
                    .run(List.of("-"), ProgressListener.NONE, new Cancellation());
            assertThat(sum.importedCount()).isOne();
            Article a = s.article(sum.imported().get(0)).orElseThrow();
            assertThat(a.meta().source()).isEqualTo("-");
            assertThat(a.meta().format()).isEqualTo("stdin");
            assertThat(a.meta().byline()).isEqualTo("Ivo Lenz");
            assertThat(a.text()).isEqualTo("Lisnow talks resume\n\nNegotiators met again on Friday.");
        }
    }

    @Test
    void reportsProgressPerSourceAndStopsWhenCancelled() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 5; i++) {
            Files.createDirectories(in);
            Files.writeString(in.resolve("s" + i + ".txt"), "Story " + i + "\n\nBody of story " + i + ".");
        }
        List<Long> seen = new ArrayList<>();
        Cancellation cancel = new Cancellation();
        try (ProjectSession s = ProjectSession.openOrCreate(tmp.resolve("p"))) {
            ImportSummary sum = new ImportBatch(s).run(List.of(in.toString()), (done, total, msg) -> {
                seen.add(done);
                if (done == 2) {
                    cancel.cancel();
                }
            }, cancel);
            assertThat(sum.cancelled()).isTrue();
            assertThat(sum.importedCount()).isEqualTo(3);
            assertThat(s.store().articleIds()).hasSize(3);
        }
        assertThat(seen).startsWith(0L, 1L, 2L);
    }

    @Test
    void manySmallChunksAreAllSavedIndexedAndCountedInOrder() throws IOException {
        Path in = tmp.resolve("many");
        Files.createDirectories(in);
        for (int i = 0; i < 11; i++) {
            Files.writeString(in.resolve(String.format("story-%02d.txt", i)), "Harbour story " + i + "\n\n"
                    + "“We will reopen the pier " + i + " times,” said harbour master Lise Brandt.\n");
        }
        Path project = tmp.resolve("chunks.qstance");
        String old = System.getProperty(ImportBatch.CHUNK_PROPERTY);
        System.setProperty(ImportBatch.CHUNK_PROPERTY, "2"); // six chunks: several in flight at once
        ImportSummary s;
        try {
            s = importInto(project, List.of(in.toString()));
        } finally {
            if (old == null) {
                System.clearProperty(ImportBatch.CHUNK_PROPERTY);
            } else {
                System.setProperty(ImportBatch.CHUNK_PROPERTY, old);
            }
        }
        assertThat(s.importedCount()).isEqualTo(11);
        assertThat(s.failures()).isEmpty();
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            assertThat(session.store().loadAll((id, e) -> { })).hasSize(11);
            assertThat(session.search(new org.quotestance.app.search.SearchRequest("pier", null, 0, 50, false)).total())
                    .isEqualTo(11);
            assertThat(session.speakers().find("Lise Brandt")).isPresent();
        }
    }
}
