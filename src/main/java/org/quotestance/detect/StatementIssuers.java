package org.quotestance.detect;

/**
 * "The statement said …": a statement speaks for whoever issued it. The issuer is found where the story
 * last mentioned a statement: "a statement from the Turkish ministry", "the ministry said in a statement",
 * "the Presidency issued a statement".
 */
final class StatementIssuers {
    /** how many sentences back the statement may have been mentioned */
    private static final int REACH = 6;
    /** how many words after the statement "signed by" may come ("a statement on its official pages, signed by …") */
    private static final int SIGNED_REACH = 10;

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

    /**
     * "a news release" or "The advisory" starting at {@code from}: the document as the reader gives it, a pronoun
     * that speaks for its issuer ({@link #named}); null when no speaking document starts there.
     */
    static Mention documentAt(AnalysedText at, MentionReader reader, int from, int end) {
        for (int k = from + 1; k < Math.min(end, from + 3); k++) {
            Mention m = reader.readBackward(k, from);
            if (m != null && m.type() == Mention.Type.PRONOUN && m.first() == from && at.lex.speakingDocuments.contains(m.head())) {
                return m;
            }
        }
        return null;
    }

    private static Mention issuerOf(AnalysedText at, MentionReader reader, Subjects subjects, Mention doc) {
        Mention before = subjectBeforeIn(at, reader, doc);
        return before != null ? before : issuerOfEarlierMention(at, reader, subjects, doc);
    }

    /** "The Ministry in the statement denied this": the named subject just before "in". */
    private static Mention subjectBeforeIn(AnalysedText at, MentionReader reader, Mention doc) {
        int in = doc.first() - 1;
        if (in < 1 || !at.tok(in).is("in") || at.tok(in - 1).inQuote()) {
            return null;
        }
        Mention m = reader.readBackward(in - 1, at.sentenceOf(in).firstToken());
        boolean named = m != null && (m.type() == Mention.Type.ORGANISATION || m.type() == Mention.Type.PERSON
                || m.type() == Mention.Type.ORG_NOMINAL);
        return named && m.last() == in - 1 && m.first() == at.sentenceOf(in).firstToken() ? m : null;
    }

    /** Who issued the statement the story mentioned last, up to {@link #REACH} sentences back; null when none. */
    private static Mention issuerOfEarlierMention(AnalysedText at, MentionReader reader, Subjects subjects, Mention doc) {
        Token word = at.tok(doc.last());
        int floor = at.sentenceOf(doc.first()).index() - REACH;
        for (int k = doc.first() - 1; k >= 0 && at.tok(k).sentence >= floor; k--) {
            Token t = at.tok(k);
            if (t.inQuote() || !t.isWord() || !t.base.equals(word.base)) {
                continue;
            }
            Sentence s = at.sentenceOf(k);
            Mention signedBy = signer(at, reader, subjects, k, s);
            if (signedBy != null) {
                return signedBy;
            }
            int by = k + 2 < s.endToken() && (at.tok(k + 1).is("issued") || at.tok(k + 1).is("released"))
                    && at.tok(k + 2).is("by") ? k + 2 : k + 1; // "a statement issued by the presidency"
            if (by + 1 < s.endToken() && (at.tok(by).is("from") || at.tok(by).is("by"))) {
                return notPronoun(nameFrom(at, reader, subjects, by + 1, s));
            }
            // "issued a statement saying", then "the ministry said in a statement"
            int cue = nearestCue(at, k + 1, Math.min(s.endToken(), k + 3), 1);
            if (cue < 0) {
                cue = nearestCue(at, k - 1, s.firstToken() - 1, -1);
            }
            Mention speaker = cue >= 0 ? notPronoun(subjects.of(at.cues.get(at.cueAt[cue]))) : null;
            // "The Uzbekistan Foreign Ministry issued a statement expressing concern …": no subject for the
            // participle, so the sentence's own
            Mention issuer = speaker != null ? speaker : notPronoun(subjects.sentenceSubject(s, k));
            if (issuer == null && k - s.firstToken() <= 3 && at.tok(s.firstToken()).is("in")) {
                // "In a release Sunday afternoon, the Ministry of Health referenced …", "In a statement, the Trinidad
                // and Tobago Police Service (TTPS) said …": the subject after the opening
                int later = nearestCue(at, k + 1, s.endToken(), 1);
                issuer = notPronoun(later >= 0 ? subjects.of(at.cues.get(at.cueAt[later])) : subjects.sentenceSubject(s, s.endToken()));
            }
            if (issuer != null) {
                return issuer;
            } // "The advisory was posted online.": a later mention of it, so the one before
        }
        return null;
    }

    /**
     * "A statement signed by the Director-General of GHS, Dr. Anthony Nsiah-Asare, indicated …": the person who
     * signed a statement speaks in it, as a spokesperson does for a body; null when no one signed it by name.
     */
    private static Mention signer(AnalysedText at, MentionReader reader, Subjects subjects, int doc, Sentence s) {
        for (int j = doc + 1; j + 2 < s.endToken() && j <= doc + SIGNED_REACH; j++) {
            if (at.tok(j).inQuote() || !at.tok(j).is("signed") || !at.tok(j + 1).is("by")) {
                continue;
            }
            Mention m = nameFrom(at, reader, subjects, j + 2, s);
            return m != null && m.type() == Mention.Type.PERSON ? m : null;
        }
        return null;
    }

    /**
     * The speaker phrase read from {@code from} ("by the presidency"), or, when it is an office, the person named in
     * commas after it ("by the Head of Public Relations of the Ministry, Abraham Otabil, …").
     */
    private static Mention nameFrom(AnalysedText at, MentionReader reader, Subjects subjects, int from, Sentence s) {
        Mention m = subjects.withNameInApposition(reader.readForward(from, s.endToken()), s.endToken());
        Mention person = m == null || m.type() == Mention.Type.PERSON ? null : personAfterOffice(at, reader, m.last() + 1, s.endToken());
        return person != null ? person : m;
    }

    /**
     * "issued by the Head of Public Relations of the Ministry, Abraham Otabil, and copied to …": the person
     * named in commas after the office the reader stopped inside; null when none.
     */
    private static Mention personAfterOffice(AnalysedText at, MentionReader reader, int from, int end) {
        for (int k = from; k < Math.min(end - 2, from + 8); k++) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0 || !t.isWord() && !t.isPunct(',')) {
                return null;
            }
            if (t.isPunct(',')) {
                Mention m = reader.readForward(k + 1, end);
                boolean closed = m != null && m.last() + 1 < end
                        && (at.tok(m.last() + 1).isPunct(',') || at.tok(m.last() + 1).isPunct('.'));
                return m != null && m.type() == Mention.Type.PERSON && m.first() == k + 1 && m.name().indexOf(' ') > 0
                        && closed ? m : null;
            }
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
