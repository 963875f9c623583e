package org.quotestance.detect;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of a text, in order: appended to by the {@link Tokenizer} only, then read by index
 * by every pass, hundreds of times a sentence.
 *
 * <p>Held in a {@code Token[]} rather than an {@link java.util.ArrayList}'s {@code Object[]}, so that
 * a read is one array load whose type the compiler knows, without the cast back from {@code Object}
 * that each {@code ArrayList.get} costs. Otherwise it behaves as a list that only grows.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private Token[] items;
    private int size;

    TokenList(int capacity) {
        items = new Token[Math.max(16, capacity)];
    }

    /**
     * Once {@link #trim} has run (the tokenizer does at the end of the text), an index outside the list
     * fails with an {@link IndexOutOfBoundsException}, as in any list; before, only the tokenizer reads.
     */
    @Override
    public Token get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Called once the text is read: the array holds exactly the tokens, so its own bounds check is the list's. */
    void trim() {
        if (items.length != size) {
            items = Arrays.copyOf(items, size);
        }
    }

    /** Puts {@code t} in place of the token at {@code index}: only for a token read again as another of the same span. */
    @Override
    public Token set(int index, Token t) {
        Token old = items[index];
        items[index] = t;
        return old;
    }

    @Override
    public boolean add(Token t) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1));
        }
        items[size++] = t;
        return true;
    }
}
