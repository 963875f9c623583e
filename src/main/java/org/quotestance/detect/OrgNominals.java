package org.quotestance.detect;

/**
 * Lower-case phrases that stand for an organisation named elsewhere ("the company", "the ferry
 * operator", "the state-owned broadcaster"), as opposed to ones that name their body themselves
 * ("the GMB union", "the Warsaw council").
 */
final class OrgNominals {
    private OrgNominals() {
    }

    /** "the" + lower-case modifiers + the head: no capitalised word, no possessive, nothing quoted. */
    static boolean isPlain(AnalysedText at, Mention m) {
        if (!at.tok(m.first()).is("the") || m.first() == m.last()) {
            return false;
        }
        for (int k = m.first() + 1; k <= m.last(); k++) {
            Token t = at.tok(k);
            if (t.isWord() ? t.capitalised || t.possessive || t.inQuote() || t.kind == Token.Kind.NUMBER : !t.isPunct('-')) {
                return false;
            }
        }
        return true;
    }
}
