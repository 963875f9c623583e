package org.quotestance.detect;

/**
 * "The interim chief executive of the health board has admitted … / Interim chief executive Carol
 * Shillabeer also said …": a lede that describes its speaker by office before naming her. A definite
 * role nominal that nobody earlier holds stands for the person the next sentence names with that office.
 */
final class NamedInNextSentence {
    private NamedInNextSentence() {
    }

    static Entity of(SpeakerResolver resolver, AnalysedText at, Subjects subjects, Mention m) {
        int si = at.tok(m.first()).sentence;
        // an all-capitals "THE" opening a lede is left out of the mention, so look one token back as well
        boolean definite = at.tok(m.first()).is("the") || m.first() > 0 && at.tok(m.first() - 1).is("the");
        if (si + 1 >= at.sentences.size() || !definite || at.tok(m.first()).inQuote()) {
            return null;
        }
        Sentence next = at.sentences.get(si + 1);
        if (at.furniture[next.paragraph()] || next.paragraph() - at.tok(m.first()).paragraph > 1) {
            return null;
        }
        Mention subject = subjects.sentenceSubject(next, next.endToken());
        if (subject == null || subject.type() != Mention.Type.PERSON || subject.role() == null
                || !SpeakerResolver.hasWord(subject.role(), m.head())) {
            return null;
        }
        return resolver.entityFor(subject);
    }
}
