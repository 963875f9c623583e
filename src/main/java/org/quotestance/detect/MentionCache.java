package org.quotestance.detect;

import java.util.Arrays;

/**
 * Remembers the speaker phrases {@link MentionReader#readBackward} found, by end token and floor.
 *
 * <p>The same read is asked for again and again: a sentence's subject and the name inventory both
 * read the word that opens it, and the sieves of neighbouring cues read the same words before them.
 * A read depends only on the tokens, which no pass changes once the text is analysed, and a {@link
 * Mention} is an immutable record, so a remembered answer is as good as a new one. The cache is
 * direct-mapped by end token: a slot holds the last read that fell in it, so its size stays fixed
 * however long the article, and a read pushed out is simply read again.
 */
final class MentionCache {
    /** A read of the phrase ending at token {@code end}, never looking before {@code floor}; null when none. */
    interface Read {
        Mention at(int end, int floor);
    }

    /** 256 slots: more than the reads of a sentence and its neighbours */
    private static final int MASK = 255;
    /** the remembered "no phrase here", so that an empty slot and a null answer differ */
    private static final Mention NONE = new Mention(-1, -1, -1, -1, Mention.Type.PRONOUN, "", null, "",
            Gender.UNKNOWN, false);
    /** end token and floor of each slot's read; -1 (end and floor both -1, never stored) when empty */
    private final long[] keys = new long[MASK + 1];
    private final Mention[] answers = new Mention[MASK + 1];
    private final Read read;

    MentionCache(Read read) {
        this.read = read;
        Arrays.fill(keys, -1L);
    }

    Mention get(int end, int floor) {
        if (end < 0) {
            return read.at(end, floor); // nothing ends before the text: not worth a slot
        }
        int slot = end & MASK;
        long key = (long) end << 32 | floor & 0xffffffffL;
        if (keys[slot] == key) {
            Mention m = answers[slot];
            return m == NONE ? null : m;
        }
        Mention m = read.at(end, floor);
        keys[slot] = key;
        answers[slot] = m == null ? NONE : m;
        return m;
    }
}
