package org.quotestance.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a brat corpus, read into memory under the same limits as a zip: from a folder
 * (symbolic links are not followed), a zip, or a single {@code .ann} with its {@code .txt}.
 */
final class BratFiles {
    private BratFiles() {
    }

    static Map<String, byte[]> read(Path path, SafeZip.Limits limits) throws ExchangeFormatException {
        String file = path.toString();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return folder(path, limits);
        }
        if (name.endsWith(".ann")) {
            Map<String, byte[]> out = new TreeMap<>();
            String base = path.getFileName().toString();
            base = base.substring(0, base.length() - 4);
            for (Path p : List.of(path, path.resolveSibling(base + ".txt"), path.resolveSibling(BratExporter.CONF))) {
                if (Files.isRegularFile(p)) {
                    out.put(p.getFileName().toString(), bytes(p, file, limits));
                }
            }
            return out;
        }
        return new TreeMap<>(SafeZip.read(path, limits));
    }

    private static Map<String, byte[]> folder(Path dir, SafeZip.Limits limits) throws ExchangeFormatException {
        String file = dir.toString();
        Map<String, byte[]> out = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            if (files.size() > limits.maxEntries()) {
                throw new ExchangeFormatException(file, null, "more than " + limits.maxEntries() + " files");
            }
            for (Path p : files) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!n.endsWith(".ann") && !n.endsWith(".txt") && !n.equals(BratExporter.CONF)) {
                    continue;
                }
                byte[] b = bytes(p, file, limits);
                total += b.length;
                if (total > limits.maxTotalBytes()) {
                    throw new ExchangeFormatException(file, null, "the corpus is larger than "
                            + (limits.maxTotalBytes() >> 20) + " MB");
                }
                out.put(dir.relativize(p).toString().replace('\\', '/'), b);
            }
        } catch (IOException e) {
            throw new ExchangeFormatException(file, null, "cannot be read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static byte[] bytes(Path p, String file, SafeZip.Limits limits) throws ExchangeFormatException {
        try {
            if (Files.size(p) > limits.maxEntryBytes()) {
                throw new ExchangeFormatException(file, p.getFileName().toString(), "larger than "
                        + (limits.maxEntryBytes() >> 20) + " MB");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new ExchangeFormatException(file, p.getFileName().toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
