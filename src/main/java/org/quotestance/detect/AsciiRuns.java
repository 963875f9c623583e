package org.quotestance.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a run of ASCII letters and digits ends eight characters at a time, in a one-byte-a-
 * character copy of the text (see {@link #view}).
 *
 * <p>Most words of news are short: read one character at a time, the loop that finds a word's end
 * leaves at a different turn for each word, which the processor cannot foresee and pays for once a
 * word. Read as one {@code long}, the eight characters are classified together and the first one that
 * is no letter or digit is counted with one instruction; a word of up to seven characters then needs
 * no loop at all. The same {@code long}, with bit 0x20 set in every byte, is the word in lower case.
 */
final class AsciiRuns {
    private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    /** bit 0x20 of every byte: it lower-cases an ASCII letter and leaves a digit as it is */
    static final long LOWER = 0x2020202020202020L;

    private AsciiRuns() {
    }

    /**
     * The text one byte a character, at the same offsets as {@code chars}: an ASCII character as itself,
     * any other as a byte that is no letter or digit, which is all {@link #letterOrDigitBytes} asks.
     */
    static byte[] view(String text, char[] chars) {
        // the JDK's own encoder: '?' or a byte with the high bit set for every character past ASCII
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == chars.length) {
            return bytes;
        }
        // a character beyond the basic plane (an emoji) is two chars but one encoded byte: map each char
        byte[] view = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            view[i] = chars[i] < 128 ? (byte) chars[i] : (byte) 0x80;
        }
        return view;
    }

    /** The eight bytes at {@code i} (the first in the lowest byte); the caller keeps {@code i + 8 <= bytes.length}. */
    static long at(byte[] bytes, int i) {
        return (long) LONG_AT.get(bytes, i);
    }

    /** Writes the eight bytes {@code v} at {@code i} ({@code i + 8 <= bytes.length}). */
    static void put(byte[] bytes, int i, long v) {
        LONG_AT.set(bytes, i, v);
    }

    /**
     * Bit 0x80 of each byte of {@code x} that is an ASCII letter or digit, no other bit. Each range test
     * adds a constant to the low seven bits, so the sum's high bit says which side of the range a
     * byte is on and no byte carries into the next.
     */
    static long letterOrDigitBytes(long x) {
        long ascii = ~x & HIGH;
        long low = x & ~HIGH;
        long folded = low | LOWER;
        long letter = (folded + 0x1F1F1F1F1F1F1F1FL) & ~(folded + 0x0505050505050505L); // 'a'..'z'
        long digit = (low + 0x5050505050505050L) & ~(low + 0x4646464646464646L); // '0'..'9'
        return (letter | digit) & ascii & HIGH;
    }

    /** How many of the eight bytes of {@code x}, from the lowest, are letters or digits (8 when all are). */
    static int runLength(long x) {
        return Long.numberOfTrailingZeros(~letterOrDigitBytes(x) & HIGH) >>> 3;
    }
}
