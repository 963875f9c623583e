package org.quotestance.detect;

import java.util.Map;

/**
 * The lexicon's word flags in an open-addressed table that the tokenizer asks with the lower-cased
 * characters it has just written, so that no word is compared as a string on its way through.
 * Small (a few thousand words), so it stays in the processor's cache.
 *
 * <p>The table's hash looks at the length and five characters of a word rather than all of them:
 * the tokenizer then reads each character once, without a multiply chain through the whole word,
 * and the few words that share a hash are told apart by comparing characters.
 */
final class WordFlags {
    private final int mask;
    private final int[] hashes;
    private final char[][] keys;
    private final int[] values;
    /** the listed word itself, handed out as a token's text so that common words cost no new string */
    private final String[] words;
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
            words[slot] = word;
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

    int flagsAt(int slot) {
        return values[slot];
    }

    String wordAt(int slot) {
        return words[slot];
    }

    private static int hash(char[] w, int len) {
        int h = len;
        h = 31 * h + w[0];
        h = 31 * h + w[len - 1];
        h = 31 * h + w[len >> 1];
        h = 31 * h + w[len >> 2];
        h = 31 * h + w[len - 1 - (len >> 2)];
        return mix(h);
    }

    /** The same as {@link #hash(char[], int)} for ASCII bytes. */
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
