package org.quotestance.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRoundWritesEveryFileInItsFolder() throws IOException {
        List<Path> targets = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            targets.add(dir.resolve("f" + (i % 7)).resolve("article-" + i + ".json"));
            contents.add(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.writeAll(targets, contents);
        for (int i = 0; i < 40; i++) {
            assertThat(Files.readString(targets.get(i))).isEqualTo("{\"n\":" + i + "}");
        }
        assertThat(temps()).isEmpty();
    }

    @Test
    void aRoundWithOneFileThatCannotBeWrittenRenamesNothingAndLeavesNoTemps() throws IOException {
        Files.writeString(dir.resolve("not-a-folder"), "x");
        Path existing = dir.resolve("ok").resolve("kept.json");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "old");
        List<Path> targets = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            targets.add(i == 13 ? dir.resolve("not-a-folder").resolve("bad.json") : dir.resolve("ok").resolve("a" + i + ".json"));
            contents.add("new".getBytes(StandardCharsets.UTF_8));
        }
        targets.set(0, existing);

        assertThatThrownBy(() -> AtomicFiles.writeAll(targets, contents)).isInstanceOf(IOException.class);

        assertThat(Files.readString(existing)).isEqualTo("old");
        assertThat(dir.resolve("ok").resolve("a5.json")).doesNotExist();
        assertThat(temps()).isEmpty();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
        }
    }
}
