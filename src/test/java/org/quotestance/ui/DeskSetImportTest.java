package org.quotestance.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ArticleSummary;
import org.quotestance.app.Cancellation;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.exchange.ExportScope;
import org.quotestance.app.exchange.ExportSet;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExportOptions;
import org.quotestance.model.Article;
import org.quotestance.model.ProjectInfo;
import org.quotestance.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A .qdpx opened from the desktop or dropped on the window is imported as an annotated set. */
class DeskSetImportTest {
    @TempDir
    Path tmp;
    private final TestDesk desk = new TestDesk();

    @AfterEach
    void close() {
        desk.vm.closeNow();
    }

    /** A colleague's project holding only the port story, exported as REFI-QDA. */
    static Path colleaguesQdpx(Path dir) throws Exception {
        Path source = dir.resolve("colleague.qstance");
        try (ProjectStore store = ProjectStore.openOrCreate(source)) {
            store.saveInfo(new ProjectInfo("Colleague", ProjectInfo.SCHEMA_VERSION, DeskFixtures.codebook(), Map.of()));
            store.save(DeskFixtures.port());
        }
        Path out = dir.resolve("port coding.qdpx");
        try (ProjectSession s = ProjectSession.openExisting(source)) {
            new ExportSet(s, null).export(new ExportScope.Articles(List.of(DeskFixtures.port().id())), ExchangeFormat.QDPX,
                    ExportOptions.DEFAULT, out, (d, t, m) -> { }, Cancellation.NEVER);
        }
        return out;
    }

    /** A project with the Sorel and weather stories only. */
    private Path projectWithoutPort() {
        Path dir = tmp.resolve("desk.qstance");
        try (ProjectStore store = ProjectStore.openOrCreate(dir)) {
            store.saveInfo(new ProjectInfo("Desk", ProjectInfo.SCHEMA_VERSION, DeskFixtures.codebook(), Map.of()));
            store.save(DeskFixtures.sorel());
            store.save(DeskFixtures.weather());
        }
        return dir;
    }

    private List<String> titles() {
        return desk.vm.articles().all().stream().map(ArticleSummary::title).toList();
    }

    @Test
    void aSetIsMergedIntoTheOpenProjectAndTheListShowsIt() throws Exception {
        Path qdpx = colleaguesQdpx(tmp);
        desk.vm.openProject(projectWithoutPort(), false);
        assertThat(titles()).hasSize(2);

        desk.vm.importSet(qdpx);

        assertThat(desk.errors).isEmpty();
        Article port = DeskFixtures.port();
        assertThat(titles()).hasSize(3).contains(port.meta().title());
        assertThat(desk.vm.messageProperty().get()).startsWith("port coding.qdpx: 1 article added");
        ArticleSummary row = desk.vm.articles().all().stream().filter(s -> s.title().equals(port.meta().title()))
                .findFirst().orElseThrow();
        assertThat(row.quotes()).isEqualTo(port.quotes().size());
    }

    @Test
    void aDroppedBatchSendsTheSetToTheSetImportAndTheRestToTheArticleImport() throws Exception {
        Path qdpx = colleaguesQdpx(tmp);
        Path story = Files.writeString(tmp.resolve("ferry.txt"), """
                Ferry crews vote to strike

                HARWICK — Crews voted on Friday to stop work for two days. “The timetable is unsafe,” said union \
                organiser Lena Brandt.
                """);
        desk.vm.openProject(projectWithoutPort(), false);

        desk.vm.importFiles(List.of(qdpx, story));

        assertThat(desk.errors).isEmpty();
        assertThat(titles()).contains(DeskFixtures.port().meta().title(), "Ferry crews vote to strike").hasSize(4);
        assertThat(desk.vm.lastImportProperty().get().headline()).isEqualTo("1 imported, 0 duplicates skipped, 0 failed");
    }

    @Test
    void aBrokenSetChangesNothingAndTheErrorNamesTheFile() throws Exception {
        Path broken = Files.write(tmp.resolve("truncated.qdpx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        desk.vm.openProject(projectWithoutPort(), false);

        desk.vm.importSet(broken);

        assertThat(titles()).hasSize(2);
        assertThat(desk.errors).singleElement().asString().startsWith("Importing truncated.qdpx failed: ")
                .contains("truncated.qdpx");
    }

    @Test
    void aSetCanGoIntoANewProject() throws Exception {
        Path qdpx = colleaguesQdpx(tmp);
        desk.vm.openProject(projectWithoutPort(), false);

        desk.vm.importSetIntoNewProject(qdpx, tmp.resolve("Port study.qstance"));

        assertThat(desk.errors).isEmpty();
        assertThat(desk.vm.sessionProperty().get().dir()).isEqualTo(tmp.resolve("Port study.qstance"));
        assertThat(titles()).containsExactly(DeskFixtures.port().meta().title());
    }
}
