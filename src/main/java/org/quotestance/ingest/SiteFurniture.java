package org.quotestance.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of site furniture listed in {@code furniture.txt}: share buttons, "Advertisement",
 * "Related articles" and the like. Data, not code, so an analyst can extend the list.
 */
public final class SiteFurniture {
    private static final SiteFurniture DEFAULT = load("furniture.txt");
    private final Set<String> lines;
    private final Set<String> tails;
    private final List<Pattern> patterns;

    private SiteFurniture(Set<String> lines, Set<String> tails, List<Pattern> patterns) {
        this.lines = lines;
        this.tails = tails;
        this.patterns = patterns;
    }

    public static SiteFurniture standard() {
        return DEFAULT;
    }

    /** A line a reader would not take as part of the story, wherever it stands. */
    public boolean isFurniture(String line) {
        String key = key(line);
        if (key.isEmpty()) {
            return false;
        }
        if (lines.contains(key)) {
            return true;
        }
        String stripped = line.strip();
        return patterns.stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    /** A heading such as "Related articles" that starts a trailing block of links. */
    public boolean startsTail(String line) {
        return tails.contains(key(line));
    }

    static String key(String line) {
        String k = line.strip().toLowerCase(Locale.ROOT);
        k = k.replaceAll("^[\\s>»›•·|]+", "").replaceAll("[\\s:.…>»›→|]+$", "");
        return k.replaceAll("\\s+", " ");
    }

    static SiteFurniture load(String resource) {
        Set<String> lines = new HashSet<>();
        Set<String> tails = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = SiteFurniture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "line";
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String t = l.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    continue;
                }
                switch (section) {
                    case "tail" -> tails.add(key(t));
                    case "pattern" -> patterns.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    default -> lines.add(key(t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFurniture(Set.copyOf(lines), Set.copyOf(tails), List.copyOf(patterns));
    }
}
