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
    void exportsTheQuotesASearchFinds() throws Exception {
        Path p = project();
        Path jsonl = tmp.resolve("bene.jsonl");
        assertThat(run("export", "--project", p.toString(), "--format", "jsonl", "--query", "speaker:\"Orsolya Bene\"",
                "--out", jsonl.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(2).allMatch(l -> l.contains("\"name\":\"Orsolya Bene\""));
        assertThat(run("export", "--project", p.toString(), "--format", "csv", "--query", "speaker:(", "--out",
                tmp.resolve("bad.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the query cannot be understood");
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"w3c", "qdpx", "brat"})
    void everyImportableFormatComesBackIntoANewProject(String format) {
        Path p = project();
        Path file = tmp.resolve("set." + format + (format.equals("brat") ? ".zip" : ""));
        assertThat(run("export", "--project", p.toString(), "--format", format, "--out", file.toString())).isZero();
        Path copy = tmp.resolve("copy-" + format + ".qstance");
        assertThat(run("import-set", "--project", copy.toString(), file.toString())).as(err.toString()).isZero();
        try (ProjectSession s = ProjectSession.openExisting(copy)) {
            assertThat(s.store().articleIds()).containsExactlyInAnyOrderElementsOf(List.of(
                    ExchangeFixtures.troopsStory().id(), ExchangeFixtures.talksStory().id()));
            var troops = s.article(ExchangeFixtures.troopsStory().id()).orElseThrow();
            assertThat(troops.quotes()).hasSize(4);
            assertThat(troops.quotes().get(1).stanceIds()).extracting(id -> s.info().codebook().stance(id).orElseThrow().name())
                    .containsExactly("Talks first", "No troops in Varnia");
            assertThat(s.speakers().find("Orsolya Bene")).isPresent();
        }
    }

    @Test
    void aHostileArchiveIsRefusedAndTheProjectKeepsItsFiles() throws Exception {
        Path p = project();
        Path zip = tmp.resolve("evil.qdpx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../outside.txt"));
            out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        java.util.Map<String, String> before = sourceFiles(p);
        assertThat(run("import-set", "--project", p.toString(), zip.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("evil.qdpx").contains("../../outside.txt").contains("nothing was imported");
        assertThat(sourceFiles(p)).isEqualTo(before);
    }

    /** The project's files of truth with their contents; the lock and the derived index are left out. */
    private static java.util.Map<String, String> sourceFiles(Path p) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(p)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = p.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(".lock") && !rel.startsWith("index/")) {
                    out.put(rel, Files.readString(f));
                }
            }
        }
        return out;
    }
}
