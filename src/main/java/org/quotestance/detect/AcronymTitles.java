package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.List;

/**
 * "CJI BR Gavai … the CJI said", "DIG Rohana … the DIG insisted", "Clwyd West AM Darren Millar … the AM said":
 * an acronym written before a person's name, or ending their role, is that person's office, so "the" and the
 * acronym later stand for them rather than for a body of that name. Split from {@link SpeakerResolver}.
 */
final class AcronymTitles {
    private AcronymTitles() {
    }

    /** The person the acronym {@code m} ("the CJI") stands for, or null when it reads as a body. */
    static Entity holder(AnalysedText at, List<Entity> recent, Mention m) {
        if (m.first() != m.last() || m.first() == 0 || !at.tok(m.first() - 1).is("the")
                || !TokenShapes.isAcronym(at.text, at.tok(m.first())) || at.tok(m.first()).possessive) {
            return null;
        }
        String acronym = m.name();
        if (at.text.lastIndexOf("(" + acronym + ")", m.start()) >= 0) {
            return null; // "the Nigeria Labour Congress (NLC) … the NLC said": a body the story spelled out
        }
        for (Entity e : recent) {
            if (e.type == SpeakerType.ORGANISATION && (e.name.equals(acronym) && e.confirmed || e.aliases.contains(acronym))) {
                return null; // a body already met under the acronym
            }
            if (e.isPerson() && (e.name.startsWith(acronym + " ") || e.roles.stream().anyMatch(r -> endsWithWord(r, acronym)))) {
                return e;
            }
        }
        return null;
    }

    /** "Clwyd West AM" ends in the office; "General Secretary of the NLC" ends in the body the holder serves. */
    private static boolean endsWithWord(String role, String word) {
        return role.equals(word) || role.endsWith(" " + word) && !role.endsWith(" of " + word) && !role.endsWith(" of the " + word);
    }
}
