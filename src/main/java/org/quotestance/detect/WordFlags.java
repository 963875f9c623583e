package org.quotestance.detect;

import java.util.Map;

/**
 * The lexicon's word flags in an open-addressed table that the tokenizer asks with the characters
 * and hash it has just computed, so that no word is hashed a second time or compared as a string
 * on its way through. Small (a few thousand words), so it stays in the processor's cache.
 */
final class WordFlags {
    private final int mask;
    private final int[] hashes;
    private final char[][] keys;
    private final int[] values;

    WordFlags(Map<String, Integer> flags) {
        int size = Integer.highestOneBit(Math.max(16, flags.size() * 4 - 1)) << 1;
        mask = size - 1;
        hashes = new int[size];
        keys = new char[size][];
        values = new int[size];
        flags.forEach((word, value) -> {
            int h = word.hashCode();
            int slot = spread(h) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            keys[slot] = word.toCharArray();
            values[slot] = value;
        });
    }

    /** Flags of {@code lower[0, len)}, whose {@link String#hashCode} is {@code hash}; 0 when the word is on no list. */
    int get(char[] lower, int len, int hash) {
        int slot = spread(hash) & mask;
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

    private static int spread(int h) {
        return h ^ (h >>> 16);
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
