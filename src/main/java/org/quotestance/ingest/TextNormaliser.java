package org.quotestance.ingest;

import java.text.Normalizer;

/**
 * The one normalisation every imported text goes through (DESIGN.md §3, ADR 0005). Its output is
 * what spans index into, so it must be deterministic and idempotent: normalising twice changes
 * nothing.
 * <ul>
 *   <li>byte-order marks (U+FEFF) are removed, wherever they stand;</li>
 *   <li>{@code \r\n} and {@code \r} become {@code \n};</li>
 *   <li>Unicode NFC;</li>
 *   <li>trailing whitespace of every line is trimmed, including no-break and other Unicode spaces,
 *       so a line holding only a no-break space is blank (pasted web copy is full of them);</li>
 *   <li>runs of blank lines collapse to one blank line; leading and trailing blank lines go.</li>
 * </ul>
 * Leading indentation and the spaces inside a line are kept: they are the author's.
 */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        // U+FEFF is a byte-order mark at the start and an obsolete invisible space elsewhere
        // Each step runs only when it has something to do: an import normalises every body three
        // times (read, cleaned, final), and String.replace copies even texts it leaves unchanged.
        String s = raw;
        if (s.indexOf('\uFEFF') >= 0) {
            s = s.replace("\uFEFF", "");
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return hasCleanLines(s) ? s : trimLines(s);
    }

    /** Trims every line's trailing white space and collapses runs of blank lines. */
    static String trimLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingBlank = false;
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int trimmed = end;
            while (trimmed > start && isTrailingSpace(s.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed == start) {
                pendingBlank = out.length() > 0;
            } else {
                if (out.length() > 0) {
                    out.append(pendingBlank ? "\n\n" : "\n");
                }
                out.append(s, start, trimmed);
                pendingBlank = false;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out.toString();
    }

    /**
     * True when the line rules below would give {@code s} back unchanged: no blank line at either
     * end, no run of two blank lines, no line ending in white space. Most texts are already so
     * (every body passes here more than once), and this scan allocates nothing.
     */
    static boolean hasCleanLines(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == '\n' || isTrailingSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            char before = s.charAt(nl - 1);
            if (before == '\n' ? s.charAt(nl - 2) == '\n' : isTrailingSpace(before)) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace as a reader sees it: ASCII and Unicode spaces, no-break spaces, zero-width ones. */
    static boolean isTrailingSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u2060';
    }

    /** True when the line holds nothing a reader would see. */
    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isTrailingSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
