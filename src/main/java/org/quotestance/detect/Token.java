package org.quotestance.detect;

/** One word, number, punctuation character or quotation mark of the text, with where it sits. */
final class Token {
    enum Kind { WORD, NUMBER, PUNCT, MARK }

    final int start;
    final int end;
    final Kind kind;
    /** lower-case text of a word; the character itself for punctuation and marks */
    final String lower;
    /** a word without a possessive ending ("hegseth" for "Hegseth’s") */
    final String base;
    final boolean possessive;
    final boolean capitalised;
    /**
     * The character of a one-character punctuation token, 0 for any other token: {@link #isPunct} is
     * asked of nearly every token the readers pass, and a field compare is small enough to inline
     * where a look into the string is not.
     */
    private final char punct;
    /**
     * the lexicon lists the word's base is on ({@link Lexicon#flags}), and {@link #LISTED} (a bit of this
     * field rather than a field of its own, which would make every token eight bytes longer)
     */
    int flags;
    /** {@link #flags} bit: {@link #lower} is the lexicon's own, interned string for the word (no list uses bit 31) */
    static final int LISTED = 1 << 31;
    int paragraph;
    int sentence;
    /** index of the top-level quote this token lies in (marks included), or -1 */
    int quote = -1;
    /** for a mark: its role after pairing */
    MarkRole markRole = MarkRole.NONE;

    enum MarkRole { NONE, OPEN, CLOSE }

    /** Punctuation or a quotation mark; words and numbers come with their lexicon facts (below). */
    Token(int start, int end, Kind kind, String lower, boolean capitalised) {
        this(start, end, kind, lower, lower, false, 0, capitalised);
    }

    /** A word or number whose lower case, base and lexicon flags the tokenizer worked out. */
    Token(int start, int end, Kind kind, String lower, String base, boolean possessive, int flags, boolean capitalised) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.lower = lower;
        this.base = base;
        this.possessive = possessive;
        this.flags = flags;
        this.capitalised = capitalised;
        this.punct = kind == Kind.PUNCT && lower.length() == 1 ? lower.charAt(0) : 0;
    }

    /** This word as if written in lower case: "Speaks" in "Adam Silver Speaks Out", a title-case headline's verb. */
    Token inLowerCase() {
        Token t = new Token(start, end, kind, lower, base, possessive, flags, false);
        t.paragraph = paragraph;
        t.sentence = sentence;
        t.quote = quote;
        t.markRole = markRole;
        return t;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /**
     * Whether the word is {@code s}, a string literal. Asked with a word that is not this one nearly
     * every time ("is it 'the', 'of', 'and'…"): a word on a lexicon list carries the lexicon's own string
     * ({@link #LISTED}), interned like every literal, so one comparison of references answers for it;
     * only other words compare characters.
     */
    boolean is(String s) {
        assert s == s.intern() : "Token.is takes a literal: " + s;
        return lower == s || (flags & LISTED) == 0 && lower.equals(s);
    }

    boolean isPunct(char c) {
        return punct == c && c != 0;
    }

    boolean inQuote() {
        return quote >= 0;
    }

    @Override
    public String toString() {
        return kind + ":" + lower + "@" + start;
    }
}
