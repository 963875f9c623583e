package org.quotestance.app.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormatIsMeasuredAndEveryImportableOneComesBackWhole() throws Exception {
        Path project = ProjectFixture.create(tmp.resolve("a.qstance"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        List<ExchangeBenchmark.Run> runs;
        try (ProjectSession s = ProjectSession.openExisting(project)) {
            runs = ExchangeBenchmark.run(s, work, ProgressListener.NONE);
        }
        assertThat(runs).extracting(ExchangeBenchmark.Run::format).containsExactly(ExchangeFormat.values());
        for (ExchangeBenchmark.Run r : runs) {
            assertThat(r.articles()).isEqualTo(2);
            assertThat(r.bytes()).isPositive();
            if (r.format().importable()) {
                assertThat(r.importedQuotes()).as(r.format().wireName()).isEqualTo(r.quotes());
            } else {
                assertThat(r.importSeconds()).isNegative();
            }
        }
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }
}
