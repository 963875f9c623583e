package org.quotestance.detect;

/** An unnamed subject with where it is, between it and the cue: "The man behind the camera responds, …". */
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
}
