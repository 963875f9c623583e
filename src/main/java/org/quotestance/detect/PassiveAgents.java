package org.quotestance.detect;

/**
 * "… an extreme heatwave warning issued by the Bureau of Meteorology. / The forecaster said …": a
 * body named only as the agent of a passive ("issued by", "published by", "run by") is the body a
 * plain nominal in the next sentences stands for, when no sentence had a body as its subject.
 */
final class PassiveAgents {
    private PassiveAgents() {
    }

    /** The organisation named after the last "by" of sentence {@code s} that follows a past participle, or null. */
    static Mention bodyIn(AnalysedText at, MentionReader reader, Sentence s) {
        for (int k = s.endToken() - 2; k > s.firstToken(); k--) {
            Token by = at.tok(k);
            if (!by.is("by") || by.capitalised || by.inQuote() || !isParticiple(at.tok(k - 1))) {
                continue;
            }
            Mention m = reader.readForward(k + 1, s.endToken());
            // "Met Éireann" reads as a name like a person's; the caller's test for a body decides
            if (m != null && m.type().isName() && m.first() <= k + 2 && !m.possessive()) {
                return m;
            }
        }
        return null;
    }

    /** "issued", "published", "run", "commissioned": the verb form a passive agent follows. */
    private static boolean isParticiple(Token t) {
        return t.isWord() && !t.capitalised && (t.lower.endsWith("ed") || t.lower.endsWith("en")
                || t.is("run") || t.is("led") || t.is("held") || t.is("made") || t.is("set"));
    }
}
