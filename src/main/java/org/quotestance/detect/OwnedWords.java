package org.quotestance.detect;

/**
 * Words quoted as someone's: "slammed Pritam Singh’s comment that “the court of public opinion can be
 * bigger”", "the minister’s claim that it was “a one-off”". The owner of the speech noun said them,
 * whoever the sentence is about.
 */
final class OwnedWords {
    private OwnedWords() {
    }

    /** The owner of "OWNER’s NOUN that" right before the opening mark {@code open}, or null. */
    static Mention ownerBefore(AnalysedText at, MentionReader reader, int open, int floor) {
        int that = open - 1;
        if (that - 2 < floor || !at.tok(that).is("that")) {
            return null;
        }
        Token noun = at.tok(that - 1);
        Token owner = at.tok(that - 2);
        if (!noun.isWord() || !at.lex.ownedSpeechNouns.contains(noun.lower) || !owner.isWord() || !owner.possessive
                || !owner.capitalised) {
            return null;
        }
        Mention m = reader.readBackward(that - 2, floor);
        return m != null && (m.type() == Mention.Type.PERSON || m.type() == Mention.Type.ORGANISATION) ? m : null;
    }
}
