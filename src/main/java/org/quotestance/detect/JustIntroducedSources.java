package org.quotestance.detect;

/**
 * "Another diplomat pushed back. “…,” the diplomat said.": a definite nominal that speaks stands for
 * the unnamed source with the same head that the sentence before introduced without a speech cue,
 * rather than for an earlier one that spoke.
 */
final class JustIntroducedSources {
    private JustIntroducedSources() {
    }

    static Entity of(SpeakerResolver resolver, AnalysedText at, Subjects subjects, Mention m) {
        int si = at.tok(m.first()).sentence;
        if (si == 0 || !at.tok(m.first()).is("the")) {
            return null;
        }
        Sentence prev = at.sentences.get(si - 1);
        if (at.furniture[prev.paragraph()] || at.tok(m.first()).paragraph - prev.paragraph() > 1) {
            return null;
        }
        for (int t = prev.firstToken(); t < prev.endToken(); t++) {
            if (at.cueAt[t] >= 0 && !at.tok(t).inQuote()) {
                return null; // a source that spoke there is the most recent one already
            }
        }
        Mention subject = subjects.sentenceSubject(prev, prev.endToken());
        if (subject == null || subject.type() != Mention.Type.ANONYMOUS || !m.head().equals(subject.head())
                || at.tok(subject.first()).is("the")) {
            return null;
        }
        Entity e = resolver.entityFor(subject);
        return e != null && !e.type.isNamed() ? e : null;
    }
}
