package org.quotestance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.ingest.Fixtures;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportListShowCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importListAndShowAnArticle() {
        Path story = Fixtures.copy("press-release-credit.txt", tmp.resolve("in"));
        String project = tmp.resolve("desk.qstance").toString();

        Run imp = run("import", "--project", project, story.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("1 imported, 0 duplicates skipped, 0 failed");

        Run list = run("list", "--project", project);
        assertThat(list.code()).isZero();
        String[] lines = list.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("TITLE").contains("OUTLET").contains("PUBLISHED").endsWith("QUOTES");
        assertThat(lines[1]).contains("Defence Ministry: “No foreign troops will be stationed on V…")
                .contains("Veldrian Defence Minist…").contains("2025-02-12");
        assertThat(lines[1].indexOf("2025-02-12")).isEqualTo(lines[0].indexOf("PUBLISHED"));
        String id = lines[1].substring(0, 16);

        Run json = run("list", "--project", project, "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"").containsPattern("\"quotes\" : [1-9]"); // detection found the ministry's quotes

        Run show = run("show", "--project", project, id.substring(0, 6));
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("title:     Defence Ministry").contains("published: 2025-02-12")
                .contains("credit:    Veldrian Defence Ministry")
                .contains("\n\nDefence Ministry: “No foreign troops will be stationed on Veldrian soil”\n\nThe Veldrian");
    }

    @Test
    void showOfAnUnknownIdIsAUsageError() {
        String project = tmp.resolve("p").toString();
        run("import", "--project", project, Fixtures.copy("no-headline.txt", tmp).toString());
        Run show = run("show", "--project", project, "ffffffff");
        assertThat(show.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(show.err()).contains("No article with id 'ffffffff'");
    }

    @Test
    void someFailedInputsGiveExitCodeOneWithEachFileAndReason() {
        String project = tmp.resolve("p").toString();
        Path good = Fixtures.copy("no-headline.txt", tmp);
        Run imp = run("import", "--project", project, good.toString(), tmp.resolve("missing.txt").toString());
        assertThat(imp.code()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(imp.out()).contains("1 imported").contains("1 failed")
                .contains(tmp.resolve("missing.txt") + ": no such file or folder");
    }

    @Test
    void standardInputIsReadWhenThePathIsADash() {
        String project = tmp.resolve("p").toString();
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Piped headline\n\nBy Ivo Lenz\n\nA story from a pipe.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run imp = run("import", "--project", project, "-");
            assertThat(imp.code()).as(imp.err()).isZero();
        } finally {
            System.setIn(stdin);
        }
        Run list = run("list", "--project", project, "--format", "json");
        assertThat(list.out()).contains("\"title\" : \"Piped headline\"");
    }

    @Test
    void aFolderOfOtherFilesIsNotTakenForAProject() throws Exception {
        Path clippings = tmp.resolve("clippings");
        Path story = Fixtures.copy("no-headline.txt", clippings);
        Run imp = run("import", "--project", clippings.toString(), story.toString());
        assertThat(imp.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(imp.err()).contains("is a folder with files but not a QuoteStance project");
        assertThat(clippings.resolve("project.json")).doesNotExist();

        Path interrupted = tmp.resolve("interrupted.qstance"); // a creation killed before project.json
        java.nio.file.Files.createDirectories(interrupted);
        java.nio.file.Files.writeString(interrupted.resolve(".lock"), "");
        java.nio.file.Files.writeString(interrupted.resolve("project.json.1a2b.tmp~"), "{");
        assertThat(run("import", "--project", interrupted.toString(), story.toString()).code()).isZero();
    }

    @Test
    void everyCommandHasHelpAndMissingArgumentsAreUsageErrors() {
        for (String cmd : new String[]{"import", "list", "show"}) {
            Run help = run(cmd, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage:").contains("--project");
        }
        assertThat(run("import", "--project", tmp.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("list").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("list", "--project", tmp.resolve("none").toString()).code()).isEqualTo(ExitCodes.FATAL);
    }
}
