package org.quotestance.detect;

/**
 * "The statement said …": a statement speaks for whoever issued it. The issuer is found where the story
 * last mentioned a statement: "a statement from the Turkish ministry", "the ministry said in a statement",
 * "the Presidency issued a statement".
 */
final class StatementIssuers {
    /** how many sentences back the statement may have been mentioned */
    private static final int REACH = 6;

    private StatementIssuers() {
    }

    /** {@code doc} with the issuer's name, type and role but its own place in the text; {@code doc} when none is found. */
    static Mention named(AnalysedText at, MentionReader reader, Subjects subjects, Mention doc) {
        Mention issuer = issuerOf(at, reader, subjects, doc);
        if (issuer == null) {
            return doc;
        }
        return new Mention(doc.first(), doc.last(), doc.start(), doc.end(), issuer.type(), issuer.name(),
                issuer.role(), issuer.head(), issuer.gender(), false);
    }

    private static Mention issuerOf(AnalysedText at, MentionReader reader, Subjects subjects, Mention doc) {
        Token word = at.tok(doc.last());
        int floor = at.sentenceOf(doc.first()).index() - REACH;
        for (int k = doc.first() - 1; k >= 0 && at.tok(k).sentence >= floor; k--) {
            Token t = at.tok(k);
            if (t.inQuote() || !t.isWord() || !t.base.equals(word.base)) {
                continue;
            }
            Sentence s = at.sentenceOf(k);
            int by = k + 2 < s.endToken() && (at.tok(k + 1).is("issued") || at.tok(k + 1).is("released"))
                    && at.tok(k + 2).is("by") ? k + 2 : k + 1; // "a statement issued by the presidency"
            if (by + 1 < s.endToken() && (at.tok(by).is("from") || at.tok(by).is("by"))) {
                return notPronoun(subjects.withNameInApposition(reader.readForward(by + 1, s.endToken()), s.endToken()));
            }
            // "issued a statement saying", then "the ministry said in a statement"
            int cue = nearestCue(at, k + 1, Math.min(s.endToken(), k + 3), 1);
            if (cue < 0) {
                cue = nearestCue(at, k - 1, s.firstToken() - 1, -1);
            }
            if (cue >= 0) {
                return notPronoun(subjects.of(at.cues.get(at.cueAt[cue])));
            }
            return notPronoun(subjects.sentenceSubject(s, k));
        }
        return null;
    }

    /** The first cue token from {@code from} towards {@code to} (exclusive), stepping by {@code step}; -1 if none. */
    private static int nearestCue(AnalysedText at, int from, int to, int step) {
        for (int c = from; c != to; c += step) {
            if (at.cueAt[c] >= 0 && !at.tok(c).inQuote()) {
                return c;
            }
        }
        return -1;
    }

    /** An issuer must be named: a pronoun there would only point further back. */
    private static Mention notPronoun(Mention m) {
        return m == null || m.type() == Mention.Type.PRONOUN ? null : m;
    }
}
