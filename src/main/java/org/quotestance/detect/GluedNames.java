package org.quotestance.detect;


/**
 * Names spelt with a question or exclamation mark ("Which?", "Yahoo!"): a capitalised word with the
 * mark glued to it, in the middle of a sentence, is a name, not the end of a question.
 */
final class GluedNames {
    private GluedNames() {
    }

    /** Whether tokens {@code w} and {@code w + 1} spell such a name ("Which" + "?") and the sentence runs on. */
    static boolean at(TokenList tokens, int w) {
        if (w < 0 || w + 2 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(w);
        Token mark = tokens.get(w + 1);
        Token next = tokens.get(w + 2);
        return word.isWord() && word.capitalised && !word.inQuote() && (mark.isPunct('?') || mark.isPunct('!'))
                && mark.start == word.end && next.isWord() && !next.capitalised && !next.inQuote()
                && next.paragraph == word.paragraph;
    }

    /** The name ending on the mark at {@code mark} as an organisation ("Which? said"), or null. */
    static Mention endingAt(TokenList tokens, String text, int mark) {
        if (!at(tokens, mark - 1)) {
            return null;
        }
        Token word = tokens.get(mark - 1);
        Token m = tokens.get(mark);
        return new Mention(mark - 1, mark, word.start, m.end, Mention.Type.ORGANISATION, text.substring(word.start, m.end),
                null, word.lower, Gender.NEUTER, false);
    }
}
