package org.quotestance.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.index.QuoteFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createProject() {
        try (ProjectSession s = ProjectSession.openOrCreate(dir)) {
            s.saveInfo(s.info().withCodebook(QuoteFixtures.codebook()));
            s.store().saveSpeakers(QuoteFixtures.registry());
            s.saveAll(QuoteFixtures.all());
        }
    }

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsATableWithMarkedWordsAndFacets() {
        int code = run("search", "--project", dir.toString(), "--facets", "troop", "speaker:ellison");
        assertThat(code).isEqualTo(ExitCodes.OK);
        String table = out.toString();
        assertThat(table).startsWith("2 quote(s) match 'troop speaker:ellison'")
                .contains("2025-02-14  Margaret Ellison  · Northern Ledger")
                .contains("there will be no American [troops] on the ground in Ukraine, full stop.")
                .contains("Our [troop] commitments remain unchanged")
                .contains("Ellison rules out troops · a1aa000000000001-q1 · accepted  stances: No U.S. troops in Ukraine")
                .contains("speaker: Margaret Ellison (2)")
                .contains("month:   2025-02 (1), 2025-03 (1)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsJsonWithTotalHitsAndFacets() {
        int code = run("search", "--project", dir.toString(), "--format", "json", "--facets", "--sort", "date",
                "--limit", "2", "speaker:reyes");
        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.get("total").asInt()).isEqualTo(4);
        assertThat(root.get("sort").asString()).isEqualTo("date");
        assertThat(root.get("hits")).hasSize(2);
        JsonNode first = root.get("hits").get(0);
        assertThat(first.get("quoteId").asString()).isEqualTo("a2bb000000000002-q3");
        assertThat(first.get("speaker").asString()).isEqualTo("Tomas Reyes");
        assertThat(first.get("published").asString()).isEqualTo("2025-03-02");
        assertThat(first.get("stances").get(0).asString()).isEqualTo("More military aid");
        assertThat(first.get("text").asString()).isEqualTo("the leverage we have is economic, not military.");
        JsonNode months = root.get("facets").get("month");
        assertThat(months).hasSize(3);
        assertThat(months.get(0).get("value").asString()).isEqualTo("2025-01");
        assertThat(months.get(0).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aMalformedQueryGetsAMessageAndAPointerNotAStackTrace() {
        int code = run("search", "--project", dir.toString(), "published:[2025-01-01 TO 2025-13-01]");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("search: Query error at column 11: '2025-13-01' is not a date")
                .contains("\n            ^").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFolderThatIsNoProjectIsReportedByName() {
        int code = run("search", "--project", dir.resolve("nothing-here").toString(), "troop");
        assertThat(code).isEqualTo(ExitCodes.FATAL);
        assertThat(err.toString()).contains("nothing-here").contains("is not a QuoteStance project");
    }

    @Test
    void reindexRebuildsAndSaysSo() {
        int code = run("reindex", "--project", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("rebuilt on request").contains("Indexed 4 article(s), 9 quote(s)");
        assertThat(err.toString()).contains("Indexing articles: 4/4");
        out.getBuffer().setLength(0);
        assertThat(run("search", "--project", dir.toString(), "--limit", "0", "leverage")).isZero();
        assertThat(out.toString()).startsWith("3 quote(s) match 'leverage'");
    }
}
