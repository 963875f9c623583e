package org.quotestance.detect;

import java.util.List;
import java.util.Locale;

/**
 * A story that opens on "“…,” he said." before the body names anyone: the pronoun stands for the one person the
 * headline names. Split from {@link SpeakerResolver}, which asks it when nothing else explains a pronoun.
 */
final class HeadlinePronouns {
    private HeadlinePronouns() {
    }

    /**
     * "Ruddock praises effort" over a story that opens "“…,” he said.": a pronoun that nothing in the body
     * stands before is the one person the headline names, when no other person is named before it.
     */
    static Entity personBefore(AnalysedText at, List<Entity> entities, Mention m, Gender g) {
        if (at.headline < 0) {
            return null;
        }
        Paragraph h = at.paragraphs.get(at.headline);
        Entity found = null;
        for (Entity e : entities) {
            if (e.firstToken >= h.endToken() && e.firstToken < m.first() && e.type.isNamed()) {
                return null; // someone named in the body before the pronoun
            }
            if (e.firstToken >= h.firstToken() && e.firstToken < h.endToken() && e.isPerson()
                    && (e.gender == g || e.gender == Gender.UNKNOWN) && (e.name.indexOf(' ') > 0 || actsInHeadline(at, e, h))) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "Ruddock praises effort": a lone headline name that a verb follows ("Warehouse fire …" has none). */
    private static boolean actsInHeadline(AnalysedText at, Entity e, Paragraph h) {
        for (int k = h.firstToken(); k + 1 < h.endToken(); k++) {
            Token t = at.tok(k);
            Token next = at.tok(k + 1);
            if (t.isWord() && t.capitalised && t.lower.equals(e.name.toLowerCase(Locale.ROOT))) {
                return next.isWord() && !next.capitalised && (at.cueAt[k + 1] >= 0 || next.has(Lexicon.VERB)
                        || next.lower.endsWith("s") && !next.lower.endsWith("ss"));
            }
        }
        return false;
    }
}
