package org.quotestance.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Tells which importable format a file (or folder) is in, by its name and its first bytes. */
public final class ImportFormatDetector {
    private static final int SNIFF_BYTES = 4096;

    private ImportFormatDetector() {
    }

    public static Optional<ExchangeFormat> detect(Path path) throws IOException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return formatNamed("brat");
        }
        if (name.endsWith(".qdpx")) {
            return formatNamed("qdpx");
        }
        if (name.endsWith(".zip")) {
            return formatNamed("brat");
        }
        if (name.endsWith(".ann")) {
            return formatNamed("brat");
        }
        String head = head(path);
        if (head.startsWith("PK")) {
            return formatNamed("qdpx");
        }
        if (head.contains("\"" + BundleFormat.FORMAT + "\"")) {
            return Optional.of(ExchangeFormat.BUNDLE);
        }
        if (head.contains("\"@context\"")) {
            return formatNamed("w3c");
        }
        return Optional.empty();
    }

    private static Optional<ExchangeFormat> formatNamed(String wire) {
        return ExchangeFormat.fromWire(wire).filter(ExchangeFormat::importable);
    }

    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes(SNIFF_BYTES);
            return new String(b, StandardCharsets.UTF_8).stripLeading();
        }
    }
}
