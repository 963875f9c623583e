package org.quotestance.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The synthetic stories under src/test/resources/org/quotestance/ingest, and the shared samples. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Copies a fixture into {@code dir} under its own name. */
    public static Path copy(String name, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The team's shared samples folder: the {@code quotestance.shared} property set by surefire
     * (../shared from the project), else /work/shared for worktrees that sit deeper.
     */
    public static Optional<Path> sharedSample(String name) {
        String prop = System.getProperty("quotestance.shared");
        for (String base : new String[]{prop, "/work/shared"}) {
            if (base != null) {
                Path p = Path.of(base, "samples", name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
