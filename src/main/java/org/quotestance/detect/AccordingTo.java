package org.quotestance.detect;

/**
 * "According to S, CLAUSE." and "CLAUSE, according to S.": the source after "according to", which may
 * be a document's publisher ("according to data compiled by Meridian") or a person with the body and
 * role words before the name.
 */
final class AccordingTo {
    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final IndirectSpeech speech;

    AccordingTo(AnalysedText at, MentionReader reader, Subjects subjects, IndirectSpeech speech) {
        this.subjects = subjects;
        this.at = at;
        this.reader = reader;
        this.speech = speech;
    }

    Finding find(Cue c, Sentence s) {
        // "according to a news release from the fire department", "according to a Facebook post from the
        // sheriff's office": the body that published it, whatever the document's name looks like
        Mention m = byline(c.last() + 1, s);
        if (m == null) {
            m = StatementIssuers.documentAt(at, reader, c.last() + 1, s.endToken()); // "according to a news release."
        }
        if (m == null) {
            Mention read = RolePrefix.personAfterBody(at, reader, reader.readForward(c.last() + 1, s.endToken()), s.endToken());
            read = RolePrefix.listedOfficeThenName(at, reader, read, c.last() + 1, s.endToken());
            m = OrgNominals.headBeforeOf(at, reader, c.last() + 1, read);
        }
        if (m == null) {
            m = DocumentSources.unnamed(at, c.last() + 1, s);
        }
        if (m == null) {
            m = RolePrefix.thenName(at, reader, c.last() + 1, s.endToken()); // "according to city nurse Pat Williams"
        }
        if (m == null) {
            m = objectPronoun(c.last() + 1, s);
        }
        if (m == null) {
            return null;
        }
        m = outletNamedAlone(m);
        // "According to Minister of National Security, Hon. Peter Bunting, …", "according to the police
        // spokesperson in Oyo state, Adebayo Okonkwo, …", "a statement by the Police Public Relations Officer, SP …";
        // only a name that its own comma closes: "According to a senior aide, Finance Minister X has told …" is the clause
        Mention named = subjects.withNameInApposition(m, s.endToken());
        if (named != m && (named.last() + 1 >= s.endToken() - 1 || at.tok(named.last() + 1).isPunct(','))) {
            m = named;
        }
        if (c.first() > s.firstToken() + 1 && at.tok(c.first() - 1).isPunct(',')) {
            // "CLAUSE, according to S."
            return attributesQuote(s.firstToken(), c.first() - 1) ? null : speech.make(c, m, s.firstToken(), c.first() - 2, s);
        }
        if (c.first() == s.firstToken()) {
            // "According to S, CLAUSE."
            int firstComma = -1;
            for (int k = m.last() + 1; k < Math.min(s.endToken(), m.last() + 14); k++) {
                if (at.tok(k).isPunct(',')) {
                    int next = k + 1;
                    // an apposition after the name: "According to Smith, a spokesman, ..."
                    String role = reader.appositionRole(k, s.endToken());
                    if (role != null) {
                        firstComma = firstComma < 0 ? k : firstComma;
                        continue;
                    }
                    // "According to Oriental Daily News, Nga stressed that …": Nga's own cue reports the clause
                    return isOutlet(c.last() + 1, k) && reportsItsOwnSpeaker(next, s) ? null : speech.make(c, m, next, s.endToken() - 1, s);
                }
            }
            if (firstComma >= 0) {
                // no comma closes it: "According to an official, the president has told …" is the clause itself
                return speech.make(c, m, firstComma + 1, s.endToken() - 1, s);
            }
        }
        return null;
    }

    /** how many words a paper's name may run to after "according to" ("the Albuquerque Journal") */
    private static final int OUTLET_WORDS_REACH = 8;

    /**
     * "According to Oriental Daily News, Nga stressed that …": a paper passes on what the speaker its clause names
     * said, so the clause is that speaker's report, not the paper's. A person or an official as the source keeps it
     * ("According to a White House official, Biden has told both leaders …").
     */
    boolean relaysOwnSpeaker(Cue c, Sentence s) {
        if (reader.readForward(c.last() + 1, s.endToken()) == null) {
            return false;
        }
        int k = c.last() + 1;
        while (k < s.endToken() && !at.tok(k).isPunct(',') && k - c.last() <= OUTLET_WORDS_REACH) {
            k++;
        }
        return k < s.endToken() && at.tok(k).isPunct(',') && isOutlet(c.last() + 1, k) && reportsItsOwnSpeaker(k + 1, s);
    }

    private boolean isOutlet(int from, int to) {
        for (int k = from; k < to; k++) {
            if (at.tok(k).isWord() && at.lex.outletWords.contains(at.tok(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** how far into the clause after "According to S," its own speech verb may stand */
    private static final int OWN_CUE_REACH = 6;

    /** The clause at {@code from} opens with a named subject and a speech verb of its own ("Nga stressed that"). */
    private boolean reportsItsOwnSpeaker(int from, Sentence s) {
        for (int k = from + 1; k < Math.min(s.endToken(), from + OWN_CUE_REACH); k++) {
            if (at.tok(k).inQuote() || at.tok(k).isPunct(',')) {
                return false;
            }
            if (at.cueAt[k] >= 0 && at.cues.get(at.cueAt[k]).cueClass() != CueClass.ACCORDING) {
                Mention subject = reader.readBackward(k - 1, from);
                return subject != null && subject.first() == from && subject.type() == Mention.Type.PERSON;
            }
        }
        return false;
    }

    /**
     * "“This is our goal,” Netanyahu told the families, according to a statement": tokens [from, to) open with a
     * quotation and name its speaker with a cue of their own, so "according to" credits that report, not a clause.
     */
    private boolean attributesQuote(int from, int to) {
        if (!at.tok(from).inQuote() && !(from + 1 < to && at.tok(from + 1).inQuote())) { // the mark itself may be outside
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!at.tok(k).inQuote() && at.cueAt[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "according to an estimate released Tuesday by the Congressional Budget Office", "according to data
     * compiled by Meridian": the figures are not the speaker, the body after "by"/"from" is.
     */
    private Mention byline(int from, Sentence s) {
        boolean figures = false;
        for (int k = from; k < Math.min(s.endToken() - 1, from + 8); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || t.is("that")) {
                return null;
            }
            figures |= at.lex.documentWords.contains(t.lower);
            if ((t.is("by") || t.is("from")) && figures && k > from) {
                Mention m = reader.readForward(k + 1, s.endToken());
                return m != null && m.type().isName() || m != null && m.type() == Mention.Type.ORG_NOMINAL ? m : null;
            }
        }
        return null;
    }

    /**
     * "…, according to Ukrinform.": one capitalised word that no earlier full name ends in and no known given name
     * starts is a news outlet or a body; people are named in full before a paper cites them by surname alone.
     */
    private Mention outletNamedAlone(Mention m) {
        Token t = at.tok(m.first());
        if (m.type() != Mention.Type.PERSON || m.first() != m.last() || m.role() != null || m.gender() != Gender.UNKNOWN
                || m.possessive() || t.has(Lexicon.FIRST_NAME) || t.has(Lexicon.HONORIFIC)) {
            return m;
        }
        int after = m.last() + 1;
        if (after + 1 < at.tokens.size() && at.tok(after).isPunct(',') && (at.tok(after + 1).is("who")
                || reader.appositionRole(after, Math.min(at.tokens.size(), after + 12)) != null)) {
            return m; // "According to Rutte, who recently became NATO Secretary General, …"
        }
        if (reader.words().endsEarlierFullName(m.first())) {
            return m; // "Andrii Sybiha … according to Sybiha"
        }
        return new Mention(m.first(), m.last(), m.start(), m.end(), Mention.Type.ORGANISATION, m.name(), null, m.head(),
                Gender.NEUTER, m.possessive());
    }

    /** "According to him, …": the pronoun as a speaker phrase, resolved like "he said". */
    private Mention objectPronoun(int k, Sentence s) {
        if (k >= s.endToken()) {
            return null;
        }
        Token t = at.tok(k);
        String subject = t.is("him") ? "he" : t.is("her") ? "she" : t.is("them") ? "they" : null;
        if (subject == null || k + 1 >= s.endToken() || !at.tok(k + 1).isPunct(',') && !at.tok(k + 1).isPunct('.')) {
            return null; // "according to her office" is the office's
        }
        Gender g = t.is("him") ? Gender.MALE : t.is("her") ? Gender.FEMALE : Gender.PLURAL;
        return new Mention(k, k, t.start, t.end, Mention.Type.PRONOUN, subject, null, subject, g, false);
    }

}
