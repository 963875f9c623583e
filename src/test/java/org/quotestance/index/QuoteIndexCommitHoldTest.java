package org.quotestance.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QuoteIndexCommitHoldTest {
    @TempDir
    Path dir;
    private QuoteIndex index;

    @BeforeEach
    void open() {
        index = QuoteIndex.open(dir.resolve("index"));
        index.setVocabulary(QuoteFixtures.vocabulary());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private int committedDocs() throws IOException {
        try (Directory d = FSDirectory.open(IndexSchema.versionDir(dir.resolve("index")));
             DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    private long searchable() {
        return index.search(new QuoteQuery("", QuoteQuery.Order.DATE, 0, 10, false, 10)).total();
    }

    @Test
    void heldCommitsWaitForTheHoldButSearchesSeeEveryChangeAtOnce() throws IOException {
        int before = committedDocs();
        try (QuoteIndex.CommitHold hold = index.holdCommits()) {
            QuoteFixtures.all().forEach(a -> index.upsert(a, "stamp-" + a.id()));
            index.commitSoon();
            assertThat(index.commitScheduled()).isFalse();
            assertThat(searchable()).isPositive();
        }
        assertThat(index.commitScheduled()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> committedDocs() > before);
    }

    @Test
    void nestedHoldsReleaseOnlyWhenTheLastOneClosesAndClosingTwiceIsHarmless() {
        QuoteIndex.CommitHold outer = index.holdCommits();
        QuoteIndex.CommitHold inner = index.holdCommits();
        index.upsert(QuoteFixtures.all().get(0), "s");
        index.commitSoon();
        inner.close();
        inner.close();
        assertThat(index.commitScheduled()).isFalse();
        outer.close();
        assertThat(index.commitScheduled()).isTrue();
    }

    @Test
    void closingTheLastHoldWritesTheBufferedDocumentsAsSegmentsBeforeTheCommitIsScheduled() {
        try (QuoteIndex.CommitHold hold = index.holdCommits()) {
            // from several threads, as an import indexes: the writer keeps one buffer per thread
            QuoteFixtures.all().parallelStream().forEach(a -> index.upsert(a, "stamp-" + a.id()));
            index.commitSoon();
            assertThat(index.bufferedDocuments()).isPositive();
        }
        assertThat(index.bufferedDocuments()).isZero();
        assertThat(index.commitScheduled()).isTrue();
        assertThat(searchable()).isEqualTo(QuoteFixtures.all().stream().mapToLong(a -> a.quotes().size()).sum());
    }

    @Test
    void aHoldWithoutChangesSchedulesNothing() {
        index.holdCommits().close();
        assertThat(index.commitScheduled()).isFalse();
    }
}
