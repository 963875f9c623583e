package org.quotestance.exchange;

import org.quotestance.model.Span;

import java.text.Normalizer;

/**
 * A foreign text brought to the stored form of DESIGN.md §3 (Unicode NFC, {@code \r\n} and
 * {@code \r} to {@code \n}, a leading byte order mark removed), with a map from offsets in the
 * original to offsets in the stored text, so annotations made on a CRLF or decomposed original land
 * on the same characters.
 *
 * <p>NFC is applied per combining sequence (a character and the marks that follow it), which is
 * what NFC composes; an offset inside a sequence that NFC shortened snaps outwards to the whole
 * sequence: a start to its beginning, an end to its end.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    /** For each original UTF-16 offset, the stored offset a span start maps to. */
    private final int[] startMap;
    /** For each original UTF-16 offset, the stored offset a span end maps to. */
    private final int[] endMap;

    private NormalisedText(String original, String text, int[] startMap, int[] endMap) {
        this.original = original;
        this.text = text;
        this.startMap = startMap;
        this.endMap = endMap;
    }

    public static boolean isNormalised(String s) {
        return !s.startsWith("\uFEFF") && s.indexOf('\r') < 0 && Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    public static String normalise(String s) {
        return of(s).text();
    }

    public static NormalisedText of(String original) {
        int n = original.length();
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        if (original.startsWith("\uFEFF")) {
            lo[0] = 0;
            hi[0] = 0;
            i = 1;
        }
        while (i < n) {
            char c = original.charAt(i);
            if (c == '\r') {
                int o = out.length();
                out.append('\n');
                lo[i] = o;
                hi[i] = o;
                if (i + 1 < n && original.charAt(i + 1) == '\n') {
                    // Between \r and \n there is no stored position: starts go before, ends after.
                    lo[i + 1] = o;
                    hi[i + 1] = o + 1;
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            int end = sequenceEnd(original, i);
            String seq = original.substring(i, end);
            int o = out.length();
            String nfc = Normalizer.isNormalized(seq, Normalizer.Form.NFC) ? seq : Normalizer.normalize(seq, Normalizer.Form.NFC);
            out.append(nfc);
            boolean sameLength = nfc.length() == seq.length();
            for (int k = i; k < end; k++) {
                if (sameLength) {
                    lo[k] = o + (k - i);
                    hi[k] = o + (k - i);
                } else {
                    lo[k] = o;
                    hi[k] = k == i ? o : o + nfc.length();
                }
            }
            i = end;
        }
        lo[n] = out.length();
        hi[n] = out.length();
        return new NormalisedText(original, out.toString(), lo, hi);
    }

    /** The end of the combining sequence that starts at {@code i}. */
    private static int sequenceEnd(String s, int i) {
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (!continuesSequence(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean continuesSequence(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (cp >= 0x1160 && cp <= 0x11FF); // Hangul vowel and final jamo compose with the syllable before
    }

    public String original() {
        return original;
    }

    /** The stored form. */
    public String text() {
        return text;
    }

    /** A span {@code [start, end)} in UTF-16 units of the original, mapped to the stored text. */
    public Span span(int start, int end) {
        if (start < 0 || end < start || end > original.length()) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside a text of "
                    + original.length() + " code units");
        }
        int s = startMap[start];
        int e = Math.max(s, endMap[end]);
        return new Span(s, e);
    }

    /** A span in Unicode code points of the original, mapped to the stored text. */
    public Span spanFromCodePoints(int start, int end) {
        int s = CodePoints.toUtf16(original, start);
        int e = CodePoints.toUtf16(original, end);
        if (s < 0 || e < 0 || end < start) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside a text of "
                    + CodePoints.length(original) + " code points");
        }
        return span(s, e);
    }
}
