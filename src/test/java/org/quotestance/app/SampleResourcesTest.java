package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Stance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real bundled sample: its index matches its folder, and it installs without a failure. */
class SampleResourcesTest {
    private static final Path FOLDER = Path.of("assets/samples/ukraine-desk");

    @TempDir
    Path home;

    @Test
    void theIndexListsEveryFileOfTheSampleFolderButItsReadme() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList();
        }
        assertThat(SampleProject.resourceNames(SampleProject.RESOURCES))
                .as("assets/samples/ukraine-desk.index must list the files of assets/samples/ukraine-desk")
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void theBundledSampleInstallsEveryStoryAndTheCodebook() {
        AppDirs dirs = AppDirs.resolve("Linux", Map.of(), home.toString(), home.toString());
        Path project = SampleProject.ensureInstalled(dirs);
        try (ProjectSession s = ProjectSession.openExisting(project)) {
            assertThat(s.info().codebook().allStances()).extracting(Stance::name).contains("War must end",
                    "NATO membership for Ukraine unrealistic", "No U.S. troops in Ukraine");
            List<ArticleSummary> articles = s.summaries();
            assertThat(articles).hasSizeGreaterThanOrEqualTo(10);
            assertThat(articles).allSatisfy(a -> assertThat(a.title()).isNotBlank().doesNotStartWith("Sample project"));
        }
    }
}
