package org.quotestance.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window opens when the desktop (or a terminal) starts it on a path. */
class LaunchRequestTest {
    @TempDir
    Path tmp;

    private Path project(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("project.json"), "{}");
        return dir;
    }

    @Test
    void aQdpxIsASetToImportNotAProject() throws Exception {
        Path qdpx = Files.writeString(tmp.resolve("Interviews 2025.QDPX"), "zip");
        LaunchRequest r = LaunchRequest.parse(List.of(qdpx.toString()));
        assertThat(r.project()).isEmpty();
        assertThat(r.setToImport()).contains(qdpx.toAbsolutePath().normalize());
    }

    @Test
    void aQdpxOpensTheLastProjectOrElseTheSample() throws Exception {
        Path last = project("last.qstance");
        Path qdpx = Files.writeString(tmp.resolve("coded.qdpx"), "zip");
        LaunchRequest r = LaunchRequest.parse(List.of(qdpx.toString()));
        UserSettings used = UserSettings.DEFAULTS.withRecent(tmp.resolve("gone").toString()).withRecent(last.toString());
        assertThat(StartupProject.choose(r, used, () -> Optional.of(tmp.resolve("sample")))).contains(last);
        assertThat(StartupProject.choose(r, UserSettings.DEFAULTS, () -> Optional.of(tmp.resolve("sample"))))
                .contains(tmp.resolve("sample"));
    }

    @Test
    void projectJsonOpensItsFolder() throws Exception {
        Path dir = project("desk.qstance");
        LaunchRequest r = LaunchRequest.parse(List.of(dir.resolve("project.json").toString()));
        assertThat(r.project()).contains(dir.toAbsolutePath().normalize());
        assertThat(r.setToImport()).isEmpty();
        UserSettings other = UserSettings.DEFAULTS.withRecent(project("other.qstance").toString());
        assertThat(StartupProject.choose(r, other, Optional::empty)).contains(dir.toAbsolutePath().normalize());
    }

    @Test
    void aFileUriFromTheFileManagerIsAPath() throws Exception {
        Path dir = project("with space.qstance");
        LaunchRequest r = LaunchRequest.parse(List.of(dir.resolve("project.json").toUri().toString()));
        assertThat(r.project()).contains(dir.toAbsolutePath().normalize());
        assertThat(LaunchRequest.parse(List.of("https://example.org/set.qdpx"))).isEqualTo(LaunchRequest.NOTHING);
    }

    @Test
    void optionsAreSkippedAndAFolderIsAProject() throws Exception {
        Path dir = project("plain.qstance");
        assertThat(LaunchRequest.parse(List.of("--verbose", dir.toString())).project()).contains(dir);
        assertThat(LaunchRequest.parse(List.of())).isEqualTo(LaunchRequest.NOTHING);
    }

    @Test
    void theWindowTakesNoArgumentsOrOneProjectOrSet() throws Exception {
        Path dir = project("w.qstance");
        Path qdpx = Files.writeString(tmp.resolve("w.qdpx"), "zip");
        Path text = Files.writeString(tmp.resolve("story.txt"), "text");
        assertThat(LaunchRequest.isForWindow(new String[0])).isTrue();
        assertThat(LaunchRequest.isForWindow(new String[] {dir.toString()})).isTrue();
        assertThat(LaunchRequest.isForWindow(new String[] {dir.resolve("project.json").toString()})).isTrue();
        assertThat(LaunchRequest.isForWindow(new String[] {qdpx.toString()})).isTrue();
        assertThat(LaunchRequest.isForWindow(new String[] {qdpx.toUri().toString()})).isTrue();
        // A command, an article file, a missing path: the command line's business.
        assertThat(LaunchRequest.isForWindow(new String[] {"list", dir.toString()})).isFalse();
        assertThat(LaunchRequest.isForWindow(new String[] {text.toString()})).isFalse();
        assertThat(LaunchRequest.isForWindow(new String[] {tmp.resolve("missing.qdpx").toString()})).isFalse();
        assertThat(LaunchRequest.isForWindow(new String[] {"--version"})).isFalse();
    }
}
