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
        String s = raw.replace("\uFEFF", "");
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
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
