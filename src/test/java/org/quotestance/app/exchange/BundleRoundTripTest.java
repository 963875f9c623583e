package org.quotestance.app.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFixtures;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExchangeFormatException;
import org.quotestance.exchange.ExportOptions;
import org.quotestance.model.ArticleIds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleRoundTripTest {
    @TempDir
    Path tmp;

    private Path exportBundle(Path project) throws Exception {
        Path out = tmp.resolve("set.qstance.json");
        try (ProjectSession s = ProjectSession.openExisting(project)) {
            new ExportSet(s, null).export(new ExportScope.WholeProject(), ExchangeFormat.BUNDLE, ExportOptions.DEFAULT,
                    out, ProgressListener.NONE, Cancellation.NEVER);
        }
        return out;
    }

    private ImportResult importInto(Path project, Path file) throws Exception {
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            return new ImportSet(s).importFile(file, ProgressListener.NONE, Cancellation.NEVER);
        }
    }

    @Test
    void exportThenImportIntoANewProjectGivesTheSameProject() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path bundle = exportBundle(original);
        ImportResult r = importInto(tmp.resolve("b.qstance"), bundle);

        assertThat(r.format()).isEqualTo(ExchangeFormat.BUNDLE);
        assertThat(r.articlesAdded()).isEqualTo(2);
        assertThat(r.quotesAdded()).isEqualTo(6);
        assertThat(ProjectFixture.snapshot(tmp.resolve("b.qstance"))).isEqualTo(ProjectFixture.snapshot(original));
    }

    @Test
    void bundleStatesFormatVersionOffsetUnitAndTextHashes() throws Exception {
        String json = Files.readString(exportBundle(ProjectFixture.create(tmp.resolve("a.qstance"))));
        assertThat(json).contains("\"format\" : \"quotestance-bundle\"").contains("\"formatVersion\" : 1")
                .contains("\"offsetUnit\" : \"utf16\"")
                .contains("\"textSha256\" : \"" + ArticleIds.sha256(ExchangeFixtures.troopsStory().text()) + "\"");
    }

    @Test
    void importingTheSameBundleTwiceChangesNothingMore() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path bundle = exportBundle(original);
        ImportResult again = importInto(original, bundle);
        assertThat(again.articlesAdded()).isZero();
        assertThat(again.articlesUpdated()).isZero();
        assertThat(again.stancesAdded()).isZero();
    }

    @Test
    void aChangedTextIsRefusedAndTheProjectIsNotTouched() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path bundle = exportBundle(original);
        Files.writeString(bundle, Files.readString(bundle).replace("Talks resume in Lund\\n", "Talks resume in Malmö\\n"));
        Path target = ProjectFixture.create(tmp.resolve("c.qstance"));
        try (ProjectSession s = ProjectSession.openExisting(target)) {
            s.saveInfo(s.info().withCodebook(org.quotestance.model.Codebook.EMPTY));
        }
        var before = ProjectFixture.files(target);
        assertThatThrownBy(() -> importInto(target, bundle)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("set.qstance.json").hasMessageContaining("articles[")
                .hasMessageContaining("SHA-256");
        assertThat(ProjectFixture.files(target)).isEqualTo(before);
    }

    @Test
    void aNewerFormatVersionIsRefusedWithTheReason() throws Exception {
        Path bundle = exportBundle(ProjectFixture.create(tmp.resolve("a.qstance")));
        Files.writeString(bundle, Files.readString(bundle).replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
        assertThatThrownBy(() -> importInto(tmp.resolve("d.qstance"), bundle))
                .hasMessageContaining("formatVersion").hasMessageContaining("version 9 is not supported");
    }

    @Test
    void aSelectionOfArticlesExportsOnlyThose() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path out = tmp.resolve("one.jsonl");
        String id = ExchangeFixtures.talksStory().id();
        try (ProjectSession s = ProjectSession.openExisting(original)) {
            ExportResult r = new ExportSet(s, null).export(new ExportScope.Articles(List.of(id)), ExchangeFormat.JSONL,
                    ExportOptions.DEFAULT, out, ProgressListener.NONE, Cancellation.NEVER);
            assertThat(r.articles()).isEqualTo(1);
            assertThat(r.quotes()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(out)).singleElement().asString().contains("\"articleId\":\"" + id + "\"");
    }

    @Test
    void progressIsReportedPerArticleAndCancellationLeavesNoFile() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path out = tmp.resolve("cancelled.csv");
        List<String> seen = new ArrayList<>();
        Cancellation cancel = new Cancellation();
        try (ProjectSession s = ProjectSession.openExisting(original)) {
            assertThatThrownBy(() -> new ExportSet(s, null).export(new ExportScope.WholeProject(), ExchangeFormat.CSV,
                    ExportOptions.DEFAULT, out, (done, total, msg) -> {
                        seen.add(msg + " " + done + "/" + total);
                        if (msg.startsWith("Writing")) {
                            cancel.cancel();
                        }
                    }, cancel)).isInstanceOf(CancellationException.class);
        }
        assertThat(seen).contains("Reading articles 1/2", "Reading articles 2/2");
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aQueryWithoutSearchIsRefusedClearly() throws Exception {
        Path original = ProjectFixture.create(tmp.resolve("a.qstance"));
        try (ProjectSession s = ProjectSession.openExisting(original)) {
            assertThatThrownBy(() -> new ExportSet(s, null).export(new ExportScope.Query("speaker:Bene"),
                    ExchangeFormat.CSV, ExportOptions.DEFAULT, tmp.resolve("q.csv"), ProgressListener.NONE, Cancellation.NEVER))
                    .hasMessageContaining("search is not available");
            ExportResult r = new ExportSet(s, q -> new ExportScope.Quotes(java.util.Map.of(
                    ExchangeFixtures.troopsStory().id(), java.util.Set.of(ExchangeFixtures.troopsStory().id() + "-2"))))
                    .export(new ExportScope.Query("stance:\"Talks first\""), ExchangeFormat.CSV, ExportOptions.DEFAULT,
                            tmp.resolve("q.csv"), ProgressListener.NONE, Cancellation.NEVER);
            assertThat(r.quotes()).isEqualTo(1);
        }
    }
}
