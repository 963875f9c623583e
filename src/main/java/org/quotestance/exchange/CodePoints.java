package org.quotestance.exchange;

/**
 * Conversion at the border between the stored UTF-16 offsets (DESIGN.md §3) and formats that count
 * Unicode code points (W3C Web Annotation, REFI-QDA, brat, JSONL). An offset that falls between the
 * two halves of a surrogate pair has no code-point equivalent; starts move back and ends move
 * forward so the character is kept whole (ADR 0501).
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code-point index of a UTF-16 offset; an offset inside a pair counts the whole character. */
    public static int fromUtf16(String text, int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside a text of " + text.length() + " code units");
        }
        return text.codePointCount(0, utf16);
    }

    /** The code-point start of a span, moved back if it splits a surrogate pair. */
    public static int startFromUtf16(String text, int utf16) {
        return fromUtf16(text, splitsPair(text, utf16) ? utf16 - 1 : utf16);
    }

    /** The code-point end of a span, moved forward if it splits a surrogate pair. */
    public static int endFromUtf16(String text, int utf16) {
        return fromUtf16(text, splitsPair(text, utf16) ? utf16 + 1 : utf16);
    }

    /** The UTF-16 offset of a code-point index; -1 when the index is past the end of the text. */
    public static int toUtf16(String text, int codePoint) {
        if (codePoint < 0) {
            return -1;
        }
        int units = 0;
        int cps = 0;
        while (cps < codePoint) {
            if (units >= text.length()) {
                return -1;
            }
            units += Character.charCount(text.codePointAt(units));
            cps++;
        }
        return units;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean splitsPair(String text, int utf16) {
        return utf16 > 0 && utf16 < text.length()
                && Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16));
    }
}
