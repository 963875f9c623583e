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
    static Mention personBeforeUnclosedApposition(AnalysedText at, MentionReader reader, Subjects subjects, Mention m,
            Sentence s) {
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
        if (k <= s.firstToken() || !at.tok(k).isPunct(',') || k + 1 >= m.first() || !opensOffice(at, k + 1, m.first())) {
            return m;
        }
        Mention subject = subjects.sentenceSubject(s, k);
        if (subject == null || subject.type() != Mention.Type.PERSON || subject.last() != k - 1
                || subject.name().indexOf(' ') < 0 && subject.role() == null) {
            subject = nameOpeningItsParagraph(at, reader, k - 1, s);
        }
        if (subject == null) {
            return m;
        }
        String office = at.text.substring(at.tok(k + 1).start, m.end());
        return subjects.withRole(subject, subject.role() == null ? office : subject.role() + ", " + office);
    }

    /**
     * Tokens [from, body) are an office: opening with a title ("deputy CEO and executive director of clinical
     * services for"), or holding one and no verb ("an employee of the public affairs office at", "Group CEO at").
     */
    private static boolean opensOffice(AnalysedText at, int from, int body) {
        if (at.tok(from).has(Lexicon.TITLE)) {
            return true;
        }
        boolean title = false;
        for (int k = from; k < body; k++) {
            if (at.tok(k).has(Lexicon.VERB)) {
                return false;
            }
            title |= at.tok(k).has(Lexicon.TITLE);
        }
        return title;
    }

    /**
     * "-- Pupil support service / Shelagh McLean, head of education … at Fife Council said": a crosshead with no full
     * stop runs into the sentence, so its subject is not the name; the full name that opens the paragraph and ends
     * at {@code end} is, even when it was read as a body for want of a known given name.
     */
    private static Mention nameOpeningItsParagraph(AnalysedText at, MentionReader reader, int end, Sentence s) {
        Mention name = end > s.firstToken() ? asPerson(at, reader.readBackward(end, s.firstToken())) : null;
        if (name == null || name.type() != Mention.Type.PERSON || name.last() != end || name.name().indexOf(' ') < 0
                || name.possessive() || name.first() > 0 && at.tok(name.first() - 1).paragraph == at.tok(name.first()).paragraph) {
            return null;
        }
        return name;
    }

    /** A name read as a body only for want of a known given name ("Shelagh McLean"): a person when it holds an office. */
    private static Mention asPerson(AnalysedText at, Mention m) {
        if (m == null || m.type() != Mention.Type.ORGANISATION || m.last() - m.first() > 2) {
            return m;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || !t.capitalised || t.has(Lexicon.ORGANISATION) || TokenShapes.isAcronym(at.text, t)
                    || t.has(Lexicon.PLACE) || t.has(Lexicon.REGION)) {
                return m;
            }
        }
        return new Mention(m.first(), m.last(), m.start(), m.end(), Mention.Type.PERSON, m.name(), m.role(), m.head(),
                Gender.UNKNOWN, false);
    }

    /**
     * "The Chief Executive of Nottingham’s hospitals said": the body read before the cue is the domain of the office
     * before "of", and the office speaks.
     */
    static Mention officeOfTheBody(AnalysedText at, MentionReader reader, Mention body, Sentence s) {
        int of = body == null ? -1 : body.first() - 1;
        if (body == null || body.type() != Mention.Type.GROUP && body.type() != Mention.Type.ORGANISATION
                || of - 1 <= s.firstToken() || !at.tok(of).is("of")) {
            return body;
        }
        Mention office = reader.readBackward(of - 1, s.firstToken());
        if (office == null || office.type() != Mention.Type.ROLE_NOMINAL || office.last() != of - 1
                || !at.lex.isTitle(at.tok(of - 1).lower)) {
            return body;
        }
        String name = at.text.substring(office.start(), body.end());
        return new Mention(office.first(), body.last(), office.start(), body.end(), Mention.Type.ROLE_NOMINAL, name, name,
                office.head(), office.gender(), false);
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
