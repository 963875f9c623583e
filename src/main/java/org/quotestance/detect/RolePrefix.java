package org.quotestance.detect;

/**
 * Words of a role that a name run leaves out because they are neither titles nor capitalised
 * names: "army negotiator Brigadier Khalid al-Tayeb", "MSF emergency coordinator Claire San
 * Filippo", "regional union leader Jurgen Becker". They belong to the speaker phrase as its role.
 */
final class RolePrefix {
    private static final int MAX_WORDS = 4;

    private RolePrefix() {
    }

    /** Tokens [from, nameFirst) are one to four role words ending in a lower-case noun. */
    static boolean before(AnalysedText at, int from, int nameFirst) {
        if (nameFirst - from > MAX_WORDS || nameFirst <= from) {
            return false;
        }
        for (int k = from; k < nameFirst; k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0 || t.has(Lexicon.FUNCTION) || t.has(Lexicon.PRONOUN)
                    || t.possessive && k == nameFirst - 1) {
                return false;
            }
        }
        Token last = at.tok(nameFirst - 1);
        return !last.capitalised || last.has(Lexicon.TITLE);
    }

    /** "said regional union leader Jurgen Becker": role words, then a person's name read from there. */
    static Mention thenName(AnalysedText at, MentionReader reader, int from, int limit) {
        for (int k = from + 1; k < Math.min(limit, from + MAX_WORDS + 1); k++) {
            Token t = at.tok(k);
            if (!t.isWord()) {
                return null;
            }
            if (t.capitalised && before(at, from, k)) {
                Mention m = reader.readForward(k, limit);
                return m != null && m.type() == Mention.Type.PERSON && m.first() == k ? withRole(at, m, from) : null;
            }
        }
        return null;
    }

    /** The person mention widened to start at {@code from}, the role words joined to any role it had. */
    static Mention withRole(AnalysedText at, Mention m, int from) {
        String lead = at.text.substring(at.tok(from).start, at.tok(m.first() - 1).end);
        String role = m.role() == null ? lead : lead + " " + m.role();
        return new Mention(from, m.last(), at.tok(from).start, m.end(), m.type(), m.name(), role, m.head(),
                m.gender(), m.possessive());
    }
}
