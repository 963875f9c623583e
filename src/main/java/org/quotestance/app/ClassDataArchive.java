package org.quotestance.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The app-image's class-data archive ({@code lib/app/quotestance.jsa}, docs/adr/0603): the JVM maps the
 * app's classes from it instead of reading them from the jars. It names the jars by their absolute
 * paths, so it must be made on the machine, in the folder, where the app runs. The .deb's postinst does
 * that; an app-image unpacked from the tar.gz comes with the class list only, and this makes the
 * archive from it after the first start, for every start after.
 */
public final class ClassDataArchive {
    static final String LIST = "quotestance.classlist";
    static final String ARCHIVE = "quotestance.jsa";
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final Path launcher;
    private final Path libDir;

    ClassDataArchive(Path launcher, Path libDir) {
        this.launcher = launcher;
        this.libDir = libDir;
    }

    /** The archive of the app-image this JVM runs from; empty when started another way (java -jar, tests). */
    public static Optional<ClassDataArchive> ofRunningAppImage() {
        // jpackage's launcher sets this to its own path, <app>/bin/QuoteStance; the jars are in <app>/lib/app.
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null || launcher.isBlank()) {
            return Optional.empty();
        }
        Path bin = Path.of(launcher).toAbsolutePath().getParent();
        if (bin == null || bin.getParent() == null) {
            return Optional.empty();
        }
        return Optional.of(new ClassDataArchive(Path.of(launcher), bin.getParent().resolve("lib").resolve("app")));
    }

    public Path archive() {
        return libDir.resolve(ARCHIVE);
    }

    /** True when the build's class list is here, the archive is not, and this user may write it. */
    public boolean isMissing() {
        return Files.isRegularFile(libDir.resolve(LIST)) && !Files.exists(archive()) && Files.isWritable(libDir);
    }

    /**
     * Runs the launcher once with {@code -Xshare:dump} (the JVM loads the listed classes, writes the
     * archive and exits without starting the app); blocks for a few seconds of CPU. The file appears
     * under its name only when complete, since a JVM starting meanwhile would map it.
     *
     * @return true when the archive was written
     */
    public boolean make() throws IOException, InterruptedException {
        Path partial = libDir.resolve(ARCHIVE + ".tmp");
        Files.deleteIfExists(partial);
        // Niced: it runs while the analyst works in the window that just opened.
        ProcessBuilder pb = Files.isExecutable(NICE) ? new ProcessBuilder(NICE.toString(), "-n", "10", launcher.toString())
                : new ProcessBuilder(launcher.toString());
        dumpEnvironment(pb.environment(), partial);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        int exit = pb.start().waitFor();
        if (exit != 0 || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            return false;
        }
        Files.move(partial, archive(), StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** What the launcher runs with to dump: this process's environment, adjusted. */
    void dumpEnvironment(Map<String, String> env, Path partial) {
        // jpackage's launcher hands its JVM settings to the JVM it starts through _JPACKAGE_LAUNCHER; a
        // launcher that finds it set skips its .cfg, class path included, and would dump the JDK alone.
        env.keySet().removeIf(name -> name.startsWith("_JPACKAGE"));
        // _JAVA_OPTIONS is read after the launcher's own options, so it wins over the -XX:SharedArchiveFile there.
        env.put("_JAVA_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + libDir.resolve(LIST)
                + " -XX:SharedArchiveFile=" + partial);
    }

    /** {@link #make} on a daemon thread, logging the outcome; for the window, once it is up. */
    public void makeInBackground() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                if (make()) {
                    LOG.info("Made the class-data archive {} in {} ms; the next start is faster", archive(),
                            (System.nanoTime() - start) / 1_000_000);
                } else {
                    LOG.warn("Could not make the class-data archive {}; QuoteStance starts without it", archive());
                }
            } catch (IOException e) {
                LOG.warn("Could not make the class-data archive {}: {}", archive(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "class-data-archive");
        t.setDaemon(true);
        t.start();
    }
}
