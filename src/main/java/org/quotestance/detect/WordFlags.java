package org.quotestance.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * The lexicon's word flags in an open-addressed table that the tokenizer asks with the lower-cased
 * characters it has just written, so that no word is compared as a string on its way through.
 * Small (a few thousand words), so it stays in the processor's cache.
 *
 * <p>The table's hash looks at the length and five characters of a word rather than all of them:
 * the tokenizer then reads each character once, without a multiply chain through the whole word,
 * and the few words that share a hash are told apart by comparing characters.
 *
 * <p>Most words of a text have at most {@link #SHORT} ASCII letters: such a word is read from the
 * tokenizer's byte buffer as one {@code long} and hashed and compared as that number, so its look-up
 * needs no loop over characters and no visit to the key's own array.
 */
final class WordFlags {
    private final int mask;
    private final int[] hashes;
    private final char[][] keys;
    private final int[] values;
    /** the listed word itself, handed out as a token's text so that common words cost no new string */
    private final String[] words;
    /** a short ASCII key packed as {@link #packed} does, 0 for any other key (no packed word is 0) */
    private final long[] shortKeys;
    /** the longest word packed into a {@code long}, one byte a character */
    private static final int SHORT = 8;
    private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /**
     * One bit per 2^15 values of the hash's top bits, set for the listed words: most words of a text are
     * on no list, and this 4 KB filter turns them away without a look into the larger table.
     */
    private final long[] filter = new long[1 << 9];

    WordFlags(Map<String, Integer> flags) {
        int size = Integer.highestOneBit(Math.max(16, flags.size() * 4 - 1)) << 1;
        mask = size - 1;
        hashes = new int[size];
        keys = new char[size][];
        values = new int[size];
        words = new String[size];
        shortKeys = new long[size];
        flags.forEach((word, value) -> {
            char[] key = word.toCharArray();
            int h = hash(key, key.length);
            int slot = h & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            keys[slot] = key;
            values[slot] = value;
            words[slot] = word.intern(); // a listed token's text is then the literal in the code ({@link Token#is})
            shortKeys[slot] = packed(key, key.length);
            filter[h >>> 23] |= 1L << (h >>> 17);
        });
    }

    /** Flags of the lower-case word {@code lower[0, len)}; 0 when the word is on no list. */
    int get(char[] lower, int len) {
        if (len == 0) {
            return 0;
        }
        int hash = hash(lower, len);
        int slot = hash & mask;
        while (true) {
            char[] key = keys[slot];
            if (key == null) {
                return 0;
            }
            if (hashes[slot] == hash && same(key, lower, len)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The slot of the lower-case ASCII word {@code lower[0, len)} (one byte a character, {@code len > 0});
     * -1 when the word is on no list.
     */
    int slot(byte[] lower, int len) {
        if (len <= SHORT) {
            return shortSlot(packed(lower, len));
        }
        int hash = hash(lower, len);
        if ((filter[hash >>> 23] & 1L << (hash >>> 17)) == 0) {
            return -1;
        }
        int slot = hash & mask;
        while (true) {
            char[] key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && same(key, lower, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** {@link #slot} for a word of at most {@link #SHORT} characters, given {@link #packed}. */
    private int shortSlot(long packed) {
        int hash = hashPacked(packed);
        if ((filter[hash >>> 23] & 1L << (hash >>> 17)) == 0) {
            return -1;
        }
        int slot = hash & mask;
        while (true) {
            if (shortKeys[slot] == packed) {
                return slot;
            }
            if (keys[slot] == null) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The word's characters one byte each, the first in the lowest byte, when it has at most
     * {@link #SHORT} characters and all are ASCII (never 0 for a word); 0 otherwise.
     */
    private static long packed(char[] w, int len) {
        if (len > SHORT) {
            return 0;
        }
        long p = 0;
        for (int i = len - 1; i >= 0; i--) {
            if (w[i] == 0 || w[i] >= 128) {
                return 0;
            }
            p = p << 8 | w[i];
        }
        return p;
    }

    /** The ASCII word {@code w[0, len)} ({@code 0 < len <= SHORT}) packed as {@link #packed(char[], int)} does. */
    private static long packed(byte[] w, int len) {
        if (w.length >= SHORT) {
            // one load for the whole word (the bytes after it are masked off); the tokenizer's buffer is longer
            return (long) LONG_AT.get(w, 0) & -1L >>> (64 - 8 * len);
        }
        long p = 0;
        for (int i = len - 1; i >= 0; i--) {
            p = p << 8 | w[i];
        }
        return p;
    }

    /** One multiply: its high half, which every byte of the word reaches, folded onto the low half. */
    private static int hashPacked(long p) {
        long m = p * 0x9E3779B97F4A7C15L;
        return (int) (m >>> 32) ^ (int) (m >>> 13);
    }

    int flagsAt(int slot) {
        return values[slot];
    }

    String wordAt(int slot) {
        return words[slot];
    }

    private static int hash(char[] w, int len) {
        long p = packed(w, len);
        if (p != 0) {
            return hashPacked(p); // the same hash the byte look-up of a short word computes
        }
        int h = len;
        h = 31 * h + w[0];
        h = 31 * h + w[len - 1];
        h = 31 * h + w[len >> 1];
        h = 31 * h + w[len >> 2];
        h = 31 * h + w[len - 1 - (len >> 2)];
        return mix(h);
    }

    /** The same as {@link #hash(char[], int)} for ASCII bytes longer than {@link #SHORT}. */
    private static int hash(byte[] w, int len) {
        int h = len;
        h = 31 * h + w[0];
        h = 31 * h + w[len - 1];
        h = 31 * h + w[len >> 1];
        h = 31 * h + w[len >> 2];
        h = 31 * h + w[len - 1 - (len >> 2)];
        return mix(h);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean same(char[] key, byte[] lower, int len) {
        if (key.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (key[i] != lower[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(char[] key, char[] lower, int len) {
        if (key.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (key[i] != lower[i]) {
                return false;
            }
        }
        return true;
    }
}
