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
}
