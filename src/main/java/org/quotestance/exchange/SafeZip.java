package org.quotestance.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip from an untrusted source into memory, never onto disk: entry names that climb out
 * of the archive ({@code ../}) or are absolute are refused, and sizes are counted on the bytes
 * actually inflated (not the sizes the headers claim), so a zip bomb stops at the limits.
 */
final class SafeZip {
    /** Bounds for one archive; the defaults fit a large news corpus with room to spare. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        static final Limits DEFAULT = new Limits(20_000, 64L << 20, 512L << 20);
    }

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private SafeZip() {
    }

    /** Every file entry, by its name (with {@code /} separators), in archive order. */
    static Map<String, byte[]> read(Path zip, Limits limits) throws ExchangeFormatException {
        String file = zip.toString();
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        String current = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                current = e.getName();
                if (++count > limits.maxEntries()) {
                    throw new ExchangeFormatException(file, current, "more than " + limits.maxEntries()
                            + " entries; refused as a possible zip bomb");
                }
                String name = checkedName(file, current);
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = readBounded(in, file, name, limits, limits.maxTotalBytes() - total);
                total += bytes.length;
                if (out.put(name, bytes) != null) {
                    throw new ExchangeFormatException(file, name, "the archive holds this entry twice");
                }
            }
        } catch (ZipException ex) {
            throw new ExchangeFormatException(file, current, "not a readable zip archive (" + ex.getMessage() + ")", ex);
        } catch (IOException ex) {
            throw new ExchangeFormatException(file, current, "cannot be read (" + ex.getMessage() + ")", ex);
        }
        if (count == 0) {
            throw new ExchangeFormatException(file, null, "not a zip archive, or an empty one");
        }
        return out;
    }

    static String checkedName(String file, String raw) throws ExchangeFormatException {
        String name = raw.replace('\\', '/');
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new ExchangeFormatException(file, raw, "an entry without a usable name");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw new ExchangeFormatException(file, raw, "an absolute path; refused");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new ExchangeFormatException(file, raw, "a path that climbs out of the archive (..); refused");
            }
        }
        return name;
    }

    private static byte[] readBounded(InputStream in, String file, String name, Limits limits, long totalLeft)
            throws IOException, ExchangeFormatException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long size = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            size += n;
            if (size > limits.maxEntryBytes()) {
                throw new ExchangeFormatException(file, name, "inflates to more than " + mb(limits.maxEntryBytes())
                        + "; refused as a possible zip bomb");
            }
            if (size > totalLeft) {
                throw new ExchangeFormatException(file, name, "the archive inflates to more than "
                        + mb(limits.maxTotalBytes()) + "; refused as a possible zip bomb");
            }
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }

    private static String mb(long bytes) {
        return bytes >= (1 << 20) ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
