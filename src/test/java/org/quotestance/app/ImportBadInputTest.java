package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.ingest.ArticleSourceReader;
import org.quotestance.ingest.Fixtures;
import org.quotestance.model.Article;
import org.quotestance.store.ProjectStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 2, "Bad input and faults": every bad input is reported by name and reason, the rest goes in. */
class ImportBadInputTest {
    @TempDir
    Path tmp;

    private ImportSummary importInto(Path project, String... paths) {
        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            return new ImportBatch(s, new ArticleSourceReader(), new ByteArrayInputStream(new byte[0]), Clock.systemUTC())
                    .run(List.of(paths), ProgressListener.NONE, new Cancellation());
        }
    }

    private static Map<String, String> byFileName(ImportSummary s) {
        return s.failures().stream().collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(),
                ImportFailure::reason, (a, b) -> a + "; " + b, TreeMap::new));
    }

    /** Every data file of the project with its bytes, to prove a failed batch changed none of them. */
    private static Map<String, byte[]> snapshot(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            // the lock and the index (a cache rebuilt from the files) are not the project's data
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".lock"))
                    .filter(f -> !project.relativize(f).startsWith(ProjectStore.INDEX_DIR))
                    .collect(Collectors.toMap(f -> project.relativize(f).toString(), f -> {
                        try {
                            return Files.readAllBytes(f);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void eachBadInputIsReportedByNameAndReasonAndTheRestIsImported() throws IOException {
        Path project = tmp.resolve("desk.qstance");
        Path earlier = Fixtures.copy("press-release-credit.txt", tmp.resolve("earlier"));
        assertThat(importInto(project, earlier.toString()).importedCount()).isOne();
        Map<String, byte[]> before = snapshot(project);

        Path in = tmp.resolve("batch");
        Files.createDirectories(in);
        Path good = Fixtures.copy("wire-byline-outlet.txt", in);
        Path goodHtml = Fixtures.copy("page.html", in);
        Path lenientHtml = Fixtures.copy("broken.html", in);
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(in.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        Path latin = Files.write(in.resolve("cafe.txt"), "Kyiv caf\u00e9 reopens\n\nThe caf\u00e9 reopened on Monday."
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path big = in.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "A line of filler text that makes a very large file, over and over again.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 30L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Path noText = Files.writeString(in.resolve("shell.html"), "<html><body><nav>Home</nav><script>x()</script></div></span>");
        Path badJson = Files.writeString(in.resolve("feed.json"), "[{\"title\": \"A\", \"text\": \"B\"},\n {\"title\": \"C\" \"text\": 1}]");
        Path missing = in.resolve("gone.txt");

        ImportSummary s = importInto(project, in.toString(), missing.toString());

        Map<String, String> failed = byFileName(s);
        assertThat(failed.keySet()).containsExactly("empty.txt", "feed.json", "gone.txt", "huge.txt", "photo.txt", "shell.html");
        assertThat(failed.get("empty.txt")).isEqualTo("the file is empty");
        assertThat(failed.get("photo.txt")).startsWith("binary file, not text");
        assertThat(failed.get("huge.txt")).contains("30 MB").contains("20 MB limit");
        assertThat(failed.get("shell.html")).isEqualTo("no article text found in the HTML");
        assertThat(failed.get("feed.json")).startsWith("malformed JSON at line 2, column 16");
        assertThat(failed.get("gone.txt")).isEqualTo("no such file or folder");
        assertThat(s.failures()).allSatisfy(f -> assertThat(f.file()).startsWith(tmp.toString()));

        assertThat(s.importedCount()).isEqualTo(4); // wire story, page, lenient HTML, windows-1252 text
        try (ProjectSession session = ProjectSession.openExisting(project)) {
            Map<String, Article> bySource = session.store().loadAll((id, e) -> { }).stream()
                    .collect(Collectors.toMap(a -> Path.of(a.meta().source()).getFileName().toString(), Function.identity()));
            assertThat(bySource.get("cafe.txt").text()).isEqualTo("Kyiv café reopens\n\nThe café reopened on Monday.");
            assertThat(bySource.get("broken.html").text()).contains("Negotiators met again on Friday after a week of silence.")
                    .contains("“We are talking,” a Veldrian diplomat said.").doesNotContain("Tweet").doesNotContain("not text");
            assertThat(bySource).containsKeys(good.getFileName().toString(), goodHtml.getFileName().toString(),
                    lenientHtml.getFileName().toString(), latin.getFileName().toString());
        }
        Map<String, byte[]> after = snapshot(project);
        // earlier files are untouched; the speaker registry only grows by the new articles' speakers
        before.forEach((file, bytes) -> {
            if (file.endsWith("speakers.json")) {
                String was = new String(bytes, StandardCharsets.UTF_8);
                String now = new String(after.get(file), StandardCharsets.UTF_8);
                was.lines().filter(l -> l.contains("\"id\"")).forEach(l -> assertThat(now).contains(l.strip()));
            } else {
                assertThat(after.get(file)).as(file).isEqualTo(bytes);
            }
        });
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(empty).exists();
        assertThat(binary).exists();
    }

    @Test
    void aLargerSizeLimitLetsABigFileIn() throws IOException {
        Path big = tmp.resolve("long.txt");
        StringBuilder sb = new StringBuilder("A long report\n\n");
        while (sb.length() < 1_200_000) {
            sb.append("Paragraph ").append(sb.length()).append(" of the long report.\n\n");
        }
        Files.writeString(big, sb);
        try (ProjectSession s = ProjectSession.openOrCreate(tmp.resolve("p"))) {
            ImportSummary small = new ImportBatch(s, new ArticleSourceReader(1024 * 1024), InputStreamOfNothing.INSTANCE,
                    Clock.systemUTC()).run(List.of(big.toString()), ProgressListener.NONE, new Cancellation());
            assertThat(small.failures()).singleElement().extracting(ImportFailure::reason).asString()
                    .contains("over the 1 MB limit");
            ImportSummary large = new ImportBatch(s, new ArticleSourceReader(2 * 1024 * 1024), InputStreamOfNothing.INSTANCE,
                    Clock.systemUTC()).run(List.of(big.toString()), ProgressListener.NONE, new Cancellation());
            assertThat(large.importedCount()).isOne();
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreImported() throws IOException {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Path in = tmp.resolve("in");
        Path locked = Fixtures.copy("no-headline.txt", in);
        Fixtures.copy("wire-byline-outlet.txt", in);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: a mode-000 file is still readable");
            ImportSummary s = importInto(tmp.resolve("p"), in.toString());
            assertThat(byFileName(s)).containsExactly(Map.entry("no-headline.txt", "permission denied (the file cannot be read)"));
            assertThat(s.importedCount()).isOne();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void anUnsupportedFileNamedOnTheCommandLineIsAFailureButInAFolderItIsSkipped() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path pdf = Files.write(in.resolve("report.pdf"), new byte[]{'%', 'P', 'D', 'F'});
        Files.writeString(in.resolve(".hidden.txt"), "Hidden\n\nNot an article.");
        Fixtures.copy("no-headline.txt", in);
        ImportSummary folder = importInto(tmp.resolve("p"), in.toString());
        assertThat(folder.failures()).isEmpty();
        assertThat(folder.skipped()).containsExactly(pdf.toString());
        assertThat(folder.importedCount()).isOne();

        ImportSummary named = importInto(tmp.resolve("p"), pdf.toString());
        assertThat(new ArrayList<>(byFileName(named).values())).singleElement().asString().startsWith("unsupported file type");
    }

    /** An empty standard input for batches that do not read it. */
    private static final class InputStreamOfNothing {
        static final ByteArrayInputStream INSTANCE = new ByteArrayInputStream(new byte[0]);
    }
}
