package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ClassDataArchiveTest {

    /** An app-image's layout: bin/QuoteStance and lib/app, with the build's class list. */
    private static Path appImage(Path root, String launcherScript) throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path lib = Files.createDirectories(root.resolve("lib/app"));
        Files.writeString(lib.resolve(ClassDataArchive.LIST), "java/lang/Object\norg/quotestance/Launcher\n");
        Path launcher = bin.resolve("QuoteStance");
        Files.writeString(launcher, launcherScript);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private static ClassDataArchive archiveOf(Path root) {
        return new ClassDataArchive(root.resolve("bin/QuoteStance"), root.resolve("lib/app"));
    }

    @Test
    void anUnpackedAppImageWithOnlyTheClassListIsMissingItsArchive(@TempDir Path tmp) throws Exception {
        appImage(tmp, "#!/bin/sh\n");

        assertThat(archiveOf(tmp).isMissing()).isTrue();
        Files.writeString(tmp.resolve("lib/app/quotestance.jsa"), "made by postinst");
        assertThat(archiveOf(tmp).isMissing()).as("an archive is there").isFalse();
    }

    @Test
    void withoutTheBuildsClassListThereIsNothingToMake(@TempDir Path tmp) throws Exception {
        appImage(tmp, "#!/bin/sh\n");
        Files.delete(tmp.resolve("lib/app").resolve(ClassDataArchive.LIST));

        assertThat(archiveOf(tmp).isMissing()).as("Windows, macOS, or a build that could not train").isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void makeRunsTheLauncherWithADumpOfTheListAndPutsTheArchiveInPlaceWhole(@TempDir Path tmp) throws Exception {
        // Stands in for the JVM: writes the file named by -XX:SharedArchiveFile and records its options.
        appImage(tmp, """
                #!/bin/sh
                echo "$_JAVA_OPTIONS" > "$(dirname "$0")/options.txt"
                for o in $_JAVA_OPTIONS; do
                  case "$o" in -XX:SharedArchiveFile=*) echo archive > "${o#-XX:SharedArchiveFile=}" ;; esac
                done
                """);
        ClassDataArchive archive = archiveOf(tmp);

        assertThat(archive.make()).isTrue();

        assertThat(archive.archive()).hasContent("archive");
        assertThat(tmp.resolve("lib/app/quotestance.jsa.tmp")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("bin/options.txt"))).contains("-Xshare:dump")
                .contains("-XX:SharedClassListFile=" + tmp.resolve("lib/app/quotestance.classlist"));
        assertThat(archive.isMissing()).isFalse();
    }

    @Test
    void theDumpingLauncherReadsItsOwnCfgNotTheSettingsItsParentLauncherPassedOn(@TempDir Path tmp) {
        // What a launcher started from inside the app inherits from jpackage's launcher of the app.
        Map<String, String> env = new HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "41234", "HOME", "/home/ana",
                "DISPLAY", ":0"));

        archiveOf(tmp).dumpEnvironment(env, tmp.resolve("lib/app/quotestance.jsa.tmp"));

        assertThat(env).doesNotContainKey("_JPACKAGE_LAUNCHER").containsEntry("HOME", "/home/ana");
        assertThat(env.get("_JAVA_OPTIONS")).startsWith("-Xshare:dump ")
                .endsWith("-XX:SharedArchiveFile=" + tmp.resolve("lib/app/quotestance.jsa.tmp"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDumpThatFailsLeavesNoFileBehind(@TempDir Path tmp) throws Exception {
        appImage(tmp, """
                #!/bin/sh
                for o in $_JAVA_OPTIONS; do
                  case "$o" in -XX:SharedArchiveFile=*) echo half > "${o#-XX:SharedArchiveFile=}" ;; esac
                done
                echo "Error occurred during initialization of VM" >&2
                exit 1
                """);
        ClassDataArchive archive = archiveOf(tmp);

        assertThat(archive.make()).isFalse();

        assertThat(archive.archive()).doesNotExist();
        assertThat(tmp.resolve("lib/app/quotestance.jsa.tmp")).doesNotExist();
        assertThat(archive.isMissing()).as("tried again next start").isTrue();
    }

    @Test
    void outsideAnAppImageThereIsNoArchive() {
        // Tests run from Maven, not from jpackage's launcher, which sets jpackage.app-path.
        assertThat(System.getProperty("jpackage.app-path")).isNull();
        assertThat(ClassDataArchive.ofRunningAppImage()).isEmpty();
    }
}
