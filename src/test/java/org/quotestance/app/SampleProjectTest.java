package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleProjectTest {
    /** A two-story sample with a codebook, under src/test/resources/samples/mini-desk. */
    private static final String MINI = "samples/mini-desk";

    @TempDir
    Path home;

    @Test
    void firstRunImportsTheSampleWithItsCodebookAndLaterRunsReuseIt() throws Exception {
        AppDirs dirs = AppDirs.resolve("Linux", java.util.Map.of(), home.toString(), home.toString());
        Path project = SampleProject.ensureInstalled(dirs, MINI, ProgressListener.NONE);
        assertThat(project).isEqualTo(dirs.data().resolve("projects/Ukraine desk.qstance"));
        try (ProjectSession s = ProjectSession.openExisting(project)) {
            assertThat(s.info().name()).isEqualTo("Ukraine desk");
            assertThat(s.info().codebook().allStances()).extracting(st -> st.name())
                    .contains("War must end", "No U.S. troops in Ukraine");
            assertThat(s.summaries()).extracting(ArticleSummary::title)
                    .containsExactlyInAnyOrder("Brenk: talks are ‘not dead’", "Lisnow summit ends without a deal");
        }
        long modified = Files.getLastModifiedTime(project.resolve("project.json")).toMillis();
        assertThat(SampleProject.ensureInstalled(dirs, MINI, ProgressListener.NONE)).isEqualTo(project);
        assertThat(Files.getLastModifiedTime(project.resolve("project.json")).toMillis()).isEqualTo(modified);
        try (var siblings = Files.list(project.getParent())) {
            assertThat(siblings).containsExactly(project); // no half-built folder left
        }
    }

    @Test
    void theBundledResourcesAreListedFromTheClassPath() throws Exception {
        assertThat(SampleProject.resourceNames(MINI)).containsExactly("brenk-talks.md", "codebook.json", "lisnow-summit.txt");
        assertThat(SampleProject.resourceNames("samples/no-such-folder")).isEmpty();
    }
}
