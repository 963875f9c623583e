package org.quotestance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks run end to end at a tiny size and print their tables; figures are not checked. */
class BenchCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void benchIndexImportsAndSavesAtEachSize() {
        assertThat(run("bench", "index", "--articles", "20,40", "--warmup", "10", "--warmup-rounds", "2",
                "--work", dir.toString())).isZero();
        assertThat(out.toString()).contains("warm-up 1 (not counted): 10 articles").contains("jit %").contains("import+detect+index")
                .contains("save+index (generated quotes)")
                .containsPattern("save\\+index \\(generated quotes\\)\\s+40\\s+\\d{3}\\s");
    }

    @Test
    void benchSearchAndRebuildShareAProject() {
        Path project = dir.resolve("p.qstance");
        assertThat(run("bench", "search", "--articles", "60", "--project", project.toString(), "--queries", "3",
                "--rounds", "1")).isZero();
        assertThat(out.toString()).contains("60 articles").contains("speaker + word").contains("mix (all but broad)")
                .contains("broad");
        out.getBuffer().setLength(0);
        assertThat(run("bench", "rebuild", "--articles", "60", "--project", project.toString())).isZero();
        assertThat(out.toString()).contains("articles 60, quotes").contains("bytes/quote").contains("peak heap");
    }
}
