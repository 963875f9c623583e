package org.quotestance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFixtures;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path project() {
        Path dir = tmp.resolve("p.qstance");
        try (ProjectSession s = ProjectSession.openOrCreate(dir)) {
            s.saveInfo(ExchangeFixtures.project());
            s.store().saveSpeakers(ExchangeFixtures.registry());
            s.saveAll(List.of(ExchangeFixtures.troopsStory(), ExchangeFixtures.talksStory()));
        }
        return dir;
    }

    @Test
    void exportsCsvWithBomAndSaysWhatItWrote() throws Exception {
        Path p = project();
        Path csv = tmp.resolve("out/quotes.csv");
        assertThat(run("export", "--project", p.toString(), "--format", "csv", "--bom", "--out", csv.toString())).isZero();
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(err.toString()).contains("Exported 5 quote(s) from 2 article(s)");
    }

    @Test
    void exportsChosenArticlesAsJsonl() throws Exception {
        Path p = project();
        Path jsonl = tmp.resolve("quotes.jsonl");
        String id = ExchangeFixtures.troopsStory().id();
        assertThat(run("export", "--project", p.toString(), "--format", "jsonl", "--articles", id, "--out",
                jsonl.toString())).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(4).allMatch(l -> l.contains(id));
    }

    @Test
    void bundleExportImportsIntoANewProject() {
        Path p = project();
        Path bundle = tmp.resolve("set.qstance.json");
        assertThat(run("export", "--project", p.toString(), "--format", "bundle", "--out", bundle.toString())).isZero();
        Path copy = tmp.resolve("copy.qstance");
        assertThat(run("import-set", "--project", copy.toString(), bundle.toString())).isZero();
        assertThat(err.toString()).contains("2 new article(s)").contains("6 quote(s) added");
        try (ProjectSession s = ProjectSession.openExisting(copy)) {
            assertThat(s.store().articleIds()).hasSize(2);
            assertThat(s.info().codebook()).isEqualTo(ExchangeFixtures.CODEBOOK);
        }
    }

    @Test
    void unknownFormatUnknownArticleAndMissingProjectAreUsageOrFatal() {
        Path p = project();
        assertThat(run("export", "--project", p.toString(), "--format", "docx", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'docx'").contains("bundle, jsonl, csv");
        assertThat(run("export", "--project", p.toString(), "--format", "csv", "--articles", "nope", "--out",
                tmp.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no article with id nope");
        assertThat(tmp.resolve("x.csv")).doesNotExist();
        assertThat(run("export", "--project", tmp.resolve("none").toString(), "--format", "csv", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a QuoteStance project");
    }

    @Test
    void aFileThatIsNoExchangeFormatIsNamedWithTheReason() throws Exception {
        Path junk = tmp.resolve("notes.txt");
        Files.writeString(junk, "just some notes");
        assertThat(run("import-set", "--project", tmp.resolve("q.qstance").toString(), junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("notes.txt").contains("not a format QuoteStance imports");
    }
}
