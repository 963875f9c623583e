package org.quotestance.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class BenchDetectCommandTest {
    @Test
    void printsOneLineOfFiguresPerSize() {
        StringWriter out = new StringWriter();
        int code = CommandLineMain.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "bench", "detect", "--articles", "3,6", "--pool", "2", "--warmup", "4", "--warmup-rounds", "2");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("warm-up 1 (not counted): 4 articles").contains("articles/s").contains("MB/s").contains("heap after")
                .containsPattern("(?m)^\\s+3\\s+\\d+").containsPattern("(?m)^\\s+6\\s+\\d+");
    }
}
