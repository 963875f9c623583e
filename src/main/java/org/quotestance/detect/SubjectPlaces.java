package org.quotestance.detect;

/**
 * A subject with where it is or works, between it and the cue: "The man behind the camera responds, …", "A state
 * senator in Maryland said", "Gill Harris, deputy CEO … for Betsi Cadwaladr Health Board said". The place or body
 * read back from the cue is not the speaker; the one before it is.
 */
final class SubjectPlaces {
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("behind", "in", "at", "with",
            "near", "outside", "inside", "on");

    private SubjectPlaces() {
    }

    /** "The man behind the camera responds, …", "the woman in the video said": an unnamed subject and where it is. */
    static Mention withPlace(AnalysedText at, Mention subject, int b) {
        if (subject == null || subject.last() + 2 > b || subject.type() != Mention.Type.ANONYMOUS
                && subject.type() != Mention.Type.ROLE_NOMINAL && subject.type() != Mention.Type.GROUP
                || !PLACE_PREPOSITIONS.contains(at.tok(subject.last() + 1).lower) || b - subject.last() > 5) {
            return null;
        }
        for (int k = subject.last() + 2; k <= b; k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || t.has(Lexicon.VERB) || t.has(Lexicon.PRONOUN) || t.is("that")) {
                return null;
            }
        }
        return new Mention(subject.first(), b, subject.start(), at.tok(b).end, subject.type(),
                at.text.substring(subject.start(), at.tok(b).end), subject.role(), subject.head(), subject.gender(), false);
    }

    /**
     * "Stuart Edwards of Kilkenny’s Aut Even Hospital says", "Dr Ana Ruiz from the University of Leeds said":
     * the body read back from the cue is where the person named before it works; the person speaks.
     */
    static Mention personOfBody(AnalysedText at, MentionReader reader, Mention body, int floor) {
        if (body == null || body.type() != Mention.Type.ORGANISATION && body.type() != Mention.Type.ORG_NOMINAL) {
            return body;
        }
        int k = body.first() - 1;
        if (k > floor && (at.tok(k).possessive && at.tok(k).capitalised || at.tok(k).is("the"))) {
            k--; // "of Kilkenny’s …", "from the University of Leeds"
        }
        if (k - 1 <= floor || !at.tok(k).is("of") && !at.tok(k).is("from")) {
            return body;
        }
        Mention person = reader.readBackward(k - 1, floor);
        return person != null && person.type() == Mention.Type.PERSON && person.name().indexOf(' ') > 0 ? person : body;
    }

    private static final java.util.Set<String> PLACE_OR_BODY_PREPOSITIONS = java.util.Set.of("in", "at", "for", "of");

    /** how far back from the body an office written after a name may start */
    private static final int UNCLOSED_OFFICE = 16;

    /**
     * "Gill Harris, deputy CEO and executive director of clinical services for Betsi Cadwaladr Health Board said",
     * "ASP Alejandro Cowo, Head of the Crimes Investigation Branch in Belize City says": the paper left out the
     * comma that closes the office; the body or place read back from the cue is where the subject works.
     */
    static Mention personBeforeUnclosedApposition(AnalysedText at, Subjects subjects, Mention m, Sentence s) {
        if (m == null || m.type() != Mention.Type.ORGANISATION && m.type() != Mention.Type.ORG_NOMINAL
                && !(m.type() == Mention.Type.PERSON && m.role() == null && m.gender() == Gender.UNKNOWN
                && m.first() > s.firstToken() && PLACE_OR_BODY_PREPOSITIONS.contains(at.tok(m.first() - 1).lower))) {
            return m; // "… Branch in Port Royal says": a name no one knows after "in" is a place
        }
        int k = m.first() - 1;
        while (k > s.firstToken() && m.first() - k <= UNCLOSED_OFFICE && !at.tok(k).isPunct(',')) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0 || !t.isWord() && !t.isPunct('&') && !t.isPunct('(') && !t.isPunct(')')) {
                return m;
            }
            k--;
        }
        if (k <= s.firstToken() || !at.tok(k).isPunct(',') || k + 1 >= m.first() || !at.tok(k + 1).has(Lexicon.TITLE)) {
            return m;
        }
        Mention subject = subjects.sentenceSubject(s, k);
        if (subject == null || subject.type() != Mention.Type.PERSON || subject.last() != k - 1
                || subject.name().indexOf(' ') < 0 && subject.role() == null) {
            return m;
        }
        String office = at.text.substring(at.tok(k + 1).start, m.end());
        return subjects.withRole(subject, subject.role() == null ? office : subject.role() + ", " + office);
    }

    /**
     * "A state senator in Maryland said", "ICRC spokesman Florian Westphal in Geneva confirmed", "A councillor
     * from Dundee has branded": a plain name right after "in" or "from" is where the speaker before it is.
     */
    static Mention holderBeforePlace(AnalysedText at, MentionReader reader, Mention m, Sentence s) {
        if (m == null || !m.type().isName() || m.role() != null || m.possessive() || m.first() - 2 < s.firstToken()
                || !at.tok(m.first() - 1).is("in") && !at.tok(m.first() - 1).is("from")
                || m.type() == Mention.Type.PERSON && m.gender() != Gender.UNKNOWN
                || m.type() == Mention.Type.ORGANISATION && !at.lex.isPlace(m.name(), m.first() == m.last() ? at.tok(m.first()) : null)) {
            return m; // "from John Reid", "officials from Greenpeace": the person, the body
        }
        Mention holder = reader.readBackward(m.first() - 2, s.firstToken());
        if (holder == null || holder.last() != m.first() - 2) {
            return m;
        }
        if (holder.type() == Mention.Type.PERSON) {
            return holder;
        }
        if (holder.type() == Mention.Type.ORGANISATION && at.tok(m.first() - 1).is("in")
                && at.lex.missionWords.contains(at.tok(holder.last()).base)) {
            // "The United States Embassy in Nassau said": a mission goes by the place it is in
            String name = holder.name() + " in " + m.name();
            return new Mention(holder.first(), holder.last(), holder.start(), holder.end(), holder.type(), name,
                    holder.role(), holder.head(), holder.gender(), false);
        }
        if (holder.type() != Mention.Type.ANONYMOUS && holder.type() != Mention.Type.ROLE_NOMINAL
                && holder.type() != Mention.Type.GROUP) {
            return m;
        }
        return new Mention(holder.first(), m.last(), holder.start(), m.end(), holder.type(),
                at.text.substring(holder.start(), m.end()), holder.role(), holder.head(), holder.gender(), false);
    }
}
