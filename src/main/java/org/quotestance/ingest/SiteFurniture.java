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
import java.util.stream.Stream;

/**
 * The lines of site furniture listed in {@code furniture.txt}: share buttons, "Advertisement",
 * "Related articles" and the like. Data, not code, so an analyst can extend the list.
 */
public final class SiteFurniture {
    private static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A back-reference (a backslash and a digit, or \k) or a named group (not a look-behind). */
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<[a-zA-Z]");
    private static final SiteFurniture DEFAULT = load("furniture.txt");
    /**
     * No furniture line is longer than this: the listed lines are a few words and the patterns
     * allow about 200 characters after their keyword. Body paragraphs, which are most of the lines
     * an import sees, are longer and are answered without building a key or running a pattern.
     */
    static final int LONGEST_LINE = 320;

    private final Set<String> lines;
    private final Set<String> tails;
    private final List<Pattern> patterns;
    /** Longest key in {@link #lines} and {@link #tails}: a line whose key is longer is in neither. */
    private final int longestKey;

    private SiteFurniture(Set<String> lines, Set<String> tails, List<Pattern> patterns) {
        this.lines = lines;
        this.tails = tails;
        this.patterns = combined(patterns);
        this.longestKey = Stream.concat(lines.stream(), tails.stream())
                .mapToInt(String::length).max().orElse(0);
    }

    public static SiteFurniture standard() {
        return DEFAULT;
    }

    /** A line a reader would not take as part of the story, wherever it stands. */
    public boolean isFurniture(String line) {
        if (line.length() > LONGEST_LINE) {
            return false;
        }
        if (line.isBlank()) {
            return false;
        }
        String key = listedKey(line);
        if (key != null && lines.contains(key)) {
            return true;
        }
        String stripped = line.strip();
        for (Pattern p : patterns) {
            if (p.matcher(stripped).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A heading such as "Related articles" that starts a trailing block of links. */
    public boolean startsTail(String line) {
        if (line.length() > LONGEST_LINE) {
            return false;
        }
        String key = listedKey(line);
        return key != null && tails.contains(key);
    }

    /**
     * The key of a line that may be a listed one, or null when its text between the decorations
     * is so long (even allowing for doubled spaces) that it cannot be: most lines stop here.
     */
    private String listedKey(String line) {
        int start = coreStart(line);
        int end = coreEnd(line, start);
        if (end - start > 2 * longestKey + 8) {
            return null;
        }
        String key = key(line, start, end);
        return key.length() <= longestKey ? key : null;
    }

    /**
     * The line lower-cased, without leading bullets and trailing colons or arrows, with runs of
     * white space made one space. Hand-written: it runs on every line of every imported article.
     */
    static String key(String line) {
        int start = coreStart(line);
        return key(line, start, coreEnd(line, start));
    }

    private static String key(String line, int start, int end) {
        StringBuilder k = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                k.append(' ');
                space = false;
            }
            k.append(c);
        }
        return k.toString().toLowerCase(Locale.ROOT);
    }

    /** Where the line's text starts after leading bullets and white space. */
    private static int coreStart(String line) {
        int start = 0;
        while (start < line.length() && isLeadingMark(line.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the line's text ends before trailing colons, arrows and white space. */
    private static int coreEnd(String line, int start) {
        int end = line.length();
        while (end > start && isTrailingMark(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isLeadingMark(char c) {
        return isSpace(c) || ">»›•·|".indexOf(c) >= 0;
    }

    private static boolean isTrailingMark(char c) {
        return isSpace(c) || ":.…>»›→|".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The patterns as one alternation, so a short line costs one matcher instead of one per
     * pattern ({@code matches()} of {@code (?:a)|(?:b)} is {@code a} or {@code b} matching the whole
     * line). Patterns that refer to their own groups (back-references, named groups) would change
     * meaning when their group numbers move, so a list holding one stays as it is.
     */
    static List<Pattern> combined(List<Pattern> patterns) {
        if (patterns.size() < 2 || patterns.stream().anyMatch(p -> GROUP_REFERENCE.matcher(p.pattern()).find())) {
            return patterns;
        }
        StringBuilder any = new StringBuilder();
        for (Pattern p : patterns) {
            any.append(any.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
        }
        return List.of(Pattern.compile(any.toString(), PATTERN_FLAGS));
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
                    case "pattern" -> patterns.add(Pattern.compile(t, PATTERN_FLAGS));
                    default -> lines.add(key(t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFurniture(Set.copyOf(lines), Set.copyOf(tails), List.copyOf(patterns));
    }
}
