package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.Launcher;
import org.quotestance.model.Article;
import org.quotestance.store.AtomicFiles;
import org.quotestance.store.ImportJournal;
import org.quotestance.store.ProjectStore;
import org.quotestance.store.StoreException;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 2, "a crash at any step of a save": a child JVM imports a batch and is killed with
 * {@code destroyForcibly} at random moments; after each kill the project opens (the lock of the
 * dead process is taken over), every article file parses, no temp file is taken for an article,
 * and at the end a normal import completes the batch.
 */
class ImportCrashTest {
    private static final int STORIES = 300;
    /** Small chunks so that a few hundred stories pass through many save rounds. */
    private static final int CHUNK = 20;
    private static final int RUNS = 12;

    @TempDir
    Path tmp;

    @Test
    void killingAnImportAtRandomMomentsNeverDamagesTheProject() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < STORIES; i++) {
            Files.writeString(in.resolve(String.format("story-%04d.txt", i)),
                    "Council vote number " + i + " in Lisnow\n\nBy Ivo Lenz, Wire Desk\n\nFebruary 12, 2025\n\n"
                            + "“We voted " + i + " times,” council chairman Pavel Ruzic said on Tuesday.\n\n"
                            + "The opposition walked out before vote " + i + ".");
        }
        Path project = tmp.resolve("crash.qstance");
        Random random = new Random(20250212L);
        List<Integer> countsAfterKills = new ArrayList<>();

        for (int run = 0; run < RUNS; run++) {
            int before = articleFiles(project);
            Process child = startImport(project, in, run);
            try {
                killAtARandomMoment(child, project, run, before, random);
            } finally {
                child.destroyForcibly();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // killed (137 on Unix) or finished; a child that gave up on its own is a failure
            assertThat(child.exitValue()).as("run %d ended by itself: %s", run,
                    Files.readString(tmp.resolve("child-" + run + ".err"))).isNotEqualTo(2);

            countsAfterKills.add(verifyIntact(project));
        }

        try (ProjectSession s = ProjectSession.openOrCreate(project)) {
            ImportSummary last = new ImportBatch(s).run(List.of(in.toString()), ProgressListener.NONE, new Cancellation());
            assertThat(last.failures()).isEmpty();
            assertThat(last.importedCount() + last.duplicates()).isEqualTo(STORIES);
            assertThat(s.store().articleIds()).hasSize(STORIES);
        }
        assertThat(verifyIntact(project)).isEqualTo(STORIES);
        // the kills landed between saves, not all before the first or after the last
        assertThat(countsAfterKills).as("articles present after each kill; last child's stderr: %s",
                        Files.readString(tmp.resolve("child-" + (RUNS - 1) + ".err")))
                .anyMatch(n -> n > 0 && n < STORIES);
    }

    private static void killAtARandomMoment(Process child, Path project, int run, int before, Random random)
            throws Exception {
        long delay;
        if (run < 3) {
            // anywhere from JVM start to the first save round: creating the project, taking the
            // lock, reading the first files; never later, however fast the machine
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(3000));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                    .until(() -> System.nanoTime() >= deadline || Files.exists(project.resolve(ImportJournal.FILE))
                            || !child.isAlive());
            delay = 0;
        } else {
            // wait until the batch has saved past a random point, then strike within the next rounds
            int target = before + random.nextInt(Math.max(1, STORIES - before));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10))
                    .until(() -> articleFiles(project) >= target || !child.isAlive());
            delay = random.nextInt(150);
        }
        CompletableFuture.runAsync(child::destroyForcibly, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .get(30, TimeUnit.SECONDS);
    }

    /** Article files now; the child renames temp files meanwhile, so entries may vanish under the walk. */
    private static int articleFiles(Path project) {
        Path articles = project.resolve(ProjectStore.ARTICLES_DIR);
        int n = 0;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(articles)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*.json")) {
                    for (Path ignored : files) {
                        n++;
                    }
                } catch (IOException | DirectoryIteratorException e) {
                    // a shard created or listed while the child writes: count it on the next poll
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return n; // no articles folder yet
        }
        return n;
    }

    private Process startImport(Path project, Path in, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-D" + ImportBatch.CHUNK_PROPERTY + "=" + CHUNK,
                "-Dquotestance.home=" + tmp.resolve("home"), Launcher.class.getName(),
                "import", "--project", project.toString(), in.toString());
        pb.redirectOutput(tmp.resolve("child-" + run + ".out").toFile());
        pb.redirectError(tmp.resolve("child-" + run + ".err").toFile());
        return pb.start();
    }

    /** Opens the project as the next run would; returns how many articles it holds. */
    private static int verifyIntact(Path project) throws IOException {
        if (!Files.exists(project.resolve(ProjectStore.PROJECT_FILE))) {
            // killed before the project file was renamed into place: only a temp file may exist
            assertThat(ProjectStore.isProject(project)).isFalse();
            return 0;
        }
        try (ProjectStore store = ProjectStore.openExisting(project)) {
            List<String> broken = new ArrayList<>();
            List<Article> all = store.loadAll((id, e) -> broken.add(id + ": " + e.getMessage()));
            assertThat(broken).as("article files that do not parse").isEmpty();
            assertThat(all).allSatisfy(a -> assertThat(a.text()).startsWith("Council vote number"));
            assertThat(store.speakers()).isNotNull();
            try (Stream<Path> files = Files.walk(project)) {
                assertThat(files.map(Path::toString).filter(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX)))
                        .as("temp files after reopening").isEmpty();
            }
            assertThat(project.resolve(ImportJournal.FILE)).doesNotExist();
            return all.size();
        } catch (StoreException e) {
            throw new AssertionError("the project did not reopen after a kill: " + e.getMessage(), e);
        }
    }
}
