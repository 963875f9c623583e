package org.quotestance.app.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.index.IndexSchema;
import org.quotestance.index.QuoteFixtures;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.store.ProjectStore;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is a cache of the files: whatever happens to it, opening the project puts it right. */
class IndexRepairTest {
    @TempDir
    Path dir;

    @BeforeEach
    void createProject() {
        try (ProjectSession s = ProjectSession.openOrCreate(dir)) {
            ProjectInfo info = s.info();
            s.saveInfo(info.withCodebook(QuoteFixtures.codebook()));
            s.store().saveSpeakers(QuoteFixtures.registry());
            s.saveAll(QuoteFixtures.all());
        }
    }

    private static long count(ProjectSession s, String query) {
        return s.search(SearchRequest.of(query)).total();
    }

    private Path versionDir() {
        return IndexSchema.versionDir(dir.resolve(ProjectStore.INDEX_DIR));
    }

    @Test
    void aHealthyIndexIsUsedAsItIs() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.UP_TO_DATE);
            assertThat(s.indexStatus().changed()).isFalse();
            assertThat(s.indexStatus().quotes()).isEqualTo(9);
            assertThat(count(s, "speaker:ellison troop")).isEqualTo(2);
        }
    }

    @Test
    void aMissingIndexIsBuiltWithProgress() throws IOException {
        deleteTree(dir.resolve(ProjectStore.INDEX_DIR));
        List<Long> progress = new ArrayList<>();
        try (ProjectSession s = ProjectSession.openExisting(dir, (done, total, m) -> progress.add(done))) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.REBUILT);
            assertThat(s.indexStatus().message()).contains("rebuilt").contains("no index");
            assertThat(s.indexStatus().articlesIndexed()).isEqualTo(4);
            assertThat(count(s, "")).isEqualTo(9);
        }
        assertThat(progress).contains(0L, 4L);
    }

    @Test
    void anIndexOfAnOlderSchemaIsReplaced() throws IOException {
        Path old = dir.resolve(ProjectStore.INDEX_DIR).resolve("v0");
        Files.move(versionDir(), old);
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.REBUILT);
            assertThat(s.indexStatus().message()).contains("older schema");
            assertThat(count(s, "stance:\"No U.S. troops in Ukraine\"")).isEqualTo(3);
        }
        assertThat(old).doesNotExist();
    }

    @Test
    void aTruncatedSegmentFileIsNoticedAndTheIndexRebuilt() throws IOException {
        Path biggest = indexFiles().filter(p -> !p.getFileName().toString().startsWith("segments"))
                .max(Comparator.comparingLong(IndexRepairTest::size)).orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRebuiltBecauseCorrupt();
    }

    @Test
    void aDeletedSegmentFileIsNoticedAndTheIndexRebuilt() throws IOException {
        Path si = indexFiles().filter(p -> p.getFileName().toString().endsWith(".si")).findFirst().orElseThrow();
        Files.delete(si);
        assertRebuiltBecauseCorrupt();
    }

    @Test
    void aTruncatedCommitPointIsNoticedAndTheIndexRebuilt() throws IOException {
        Path segments = indexFiles().filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
            f.setLength(10);
        }
        assertRebuiltBecauseCorrupt();
    }

    private void assertRebuiltBecauseCorrupt() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.REBUILT);
            assertThat(s.indexStatus().message()).contains("could not be read").doesNotContain("\n");
            assertThat(count(s, "troop")).isEqualTo(3);
            assertThat(count(s, "")).isEqualTo(9);
        }
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.UP_TO_DATE);
        }
    }

    private Stream<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(versionDir())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .toList().stream();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anArticleFileEditedBehindTheIndexsBackIsReindexedOnOpen() throws IOException {
        Path file = articleFile(QuoteFixtures.a1().id());
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("st-nato");
        Files.writeString(file, json.replace("st-nato", "st-aid"), StandardCharsets.UTF_8);
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.REPAIRED);
            assertThat(s.indexStatus().message()).contains("repaired").contains("1 article(s)");
            assertThat(s.indexStatus().articlesIndexed()).isEqualTo(1);
            assertThat(count(s, "stance:\"NATO membership for Ukraine unrealistic\"")).isZero();
            assertThat(count(s, "stance:\"more military aid\"")).isEqualTo(2);
        }
    }

    @Test
    void anArticleFileDeletedBehindTheIndexsBackLeavesNoQuotes() throws IOException {
        Files.delete(articleFile(QuoteFixtures.a2().id()));
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.REPAIRED);
            assertThat(s.indexStatus().articlesRemoved()).isEqualTo(1);
            assertThat(count(s, "troop")).isEqualTo(1);
            assertThat(s.search(SearchRequest.of("")).facets().count(FacetCounts.OUTLET, "Capital Wire")).isZero();
        }
    }

    @Test
    void anUnreadableArticleFileIsReportedByNameAndNotSearchable() throws IOException {
        Files.writeString(articleFile(QuoteFixtures.a3().id()), "{ not json", StandardCharsets.UTF_8);
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().message()).contains("could not be read").contains(QuoteFixtures.a3().id());
            assertThat(count(s, "speaker:reyes")).isEqualTo(2);
        }
    }

    @Test
    void aQuoteRemovedFromItsFileWhileOpenIsNeverReturned() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            Article a1 = QuoteFixtures.a1();
            assertThat(count(s, "\"American troops\"")).isEqualTo(1);
            // saved through the store, not the session: the index is not told
            s.store().save(a1.withQuotes(a1.quotes().subList(1, 3)).nextRevision());
            SearchResults r = s.search(SearchRequest.of("\"American troops\""));
            assertThat(r.hits()).isEmpty();
            assertThat(r.total()).isZero();
        }
    }

    @Test
    void savingThroughTheSessionIndexesAtOnceWithoutDuplicates() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            Article a1 = s.article(QuoteFixtures.a1().id()).orElseThrow();
            s.save(a1);
            s.save(s.article(a1.id()).orElseThrow());
            assertThat(count(s, "")).isEqualTo(9);
            var q = a1.quotes().get(2).withStances(List.of(QuoteFixtures.AID));
            s.save(a1.withQuotes(List.of(a1.quotes().get(0), a1.quotes().get(1), q)));
            assertThat(count(s, "stance:\"More military aid\"")).isEqualTo(2);
            s.delete(a1.id());
            assertThat(count(s, "speaker:ellison")).isEqualTo(1);
        }
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(s.indexStatus().state()).isEqualTo(IndexStatus.State.UP_TO_DATE);
            assertThat(count(s, "")).isEqualTo(6);
        }
    }

    @Test
    void reindexRebuildsOnRequestWithProgress() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            List<String> messages = new ArrayList<>();
            ProgressListener p = (done, total, m) -> messages.add(done + "/" + total);
            IndexStatus st = s.reindex(p, new Cancellation());
            assertThat(st.state()).isEqualTo(IndexStatus.State.REBUILT);
            assertThat(st.articlesIndexed()).isEqualTo(4);
            assertThat(st.quotes()).isEqualTo(9);
            assertThat(messages).contains("4/4");
            assertThat(count(s, "troop")).isEqualTo(3);
        }
    }

    @Test
    void aliasesAddedToTheRegistryLaterFindTheSpeaker() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            assertThat(count(s, "speaker:\"the senator\"")).isZero();
            var reyes = QuoteFixtures.REYES;
            s.store().saveSpeakers(QuoteFixtures.registry().merge(List.of(new org.quotestance.model.Speaker(
                    reyes.id(), reyes.name(), reyes.type(), reyes.roles(), null, List.of("the senator")))));
            assertThat(count(s, "speaker:\"The Senator\"")).isEqualTo(4);
        }
    }

    @Test
    void malformedQueriesComeBackAsOneLineMessages() {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            InvalidQueryException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidQueryException.class,
                    () -> s.search(SearchRequest.of("speaker:(ellison")));
            assertThat(e.getMessage()).isEqualTo("Query error at column 17: expected ')' to close the '(' at column 9, "
                    + "found the end of the query");
            assertThat(e.column()).isEqualTo(17);
        }
    }

    private Path articleFile(String id) {
        return dir.resolve(ProjectStore.ARTICLES_DIR).resolve(id.substring(0, 2)).resolve(id + ".json");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
