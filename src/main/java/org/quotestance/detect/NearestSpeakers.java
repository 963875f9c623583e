package org.quotestance.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The last pass over an article's findings (ADR 0309): a quote no rule attributed takes the nearest
 * attributed quote's speaker as a low-confidence guess. Split from {@link SpeakerResolver}, beside
 * {@link HeadlineFallback} and {@link Crossheads}, the other passes over finished findings.
 */
final class NearestSpeakers {
    private NearestSpeakers() {
    }

    /**
     * A quote left with no speaker gets the speaker of the nearest quote before it (after it, for
     * one above every attributed quote, as a headline's), at the lowest confidence: a reader's first guess
     * and the reviewer's quickest fix, where an empty speaker leaves the work to be done from scratch.
     */
    static void resolve(List<Finding> findings) {
        List<Finding> waiting = new ArrayList<>();
        // the latest speaker each kind of pronoun could take, so the walk stays linear
        Entity any = null;
        Entity him = null;
        Entity her = null;
        Entity body = null;
        for (Finding f : findings) {
            if (f.speaker != null) {
                Entity e = f.speaker;
                for (Finding w : waiting) {
                    if (fits(w, e)) {
                        guess(w, e);
                    }
                }
                waiting.clear();
                any = e;
                him = e.isPerson() && e.gender != Gender.FEMALE ? e : him;
                her = e.isPerson() && e.gender != Gender.MALE ? e : her;
                body = !e.isPerson() ? e : body;
                continue;
            }
            Gender g = f.mention == null || f.mention.type() != Mention.Type.PRONOUN ? Gender.UNKNOWN : f.mention.gender();
            Entity before = switch (g) {
                case MALE -> him;
                case FEMALE -> her;
                case NEUTER -> body;
                default -> any;
            };
            if (before != null && fits(f, before)) {
                guess(f, before);
            } else {
                waiting.add(f); // "she said" before any woman has spoken: the next speaker, if she fits
            }
        }
    }

    /** "she said" after only a port authority: a gendered pronoun takes only a person of that gender or of none known. */
    private static boolean fits(Finding f, Entity e) {
        if (f.mention == null || f.mention.type() != Mention.Type.PRONOUN || f.mention.gender() == Gender.UNKNOWN
                || f.mention.gender() == Gender.PLURAL) {
            return true;
        }
        if (f.mention.gender() == Gender.NEUTER) {
            return !e.isPerson();
        }
        return e.isPerson() && (e.gender == Gender.UNKNOWN || e.gender == f.mention.gender());
    }

    private static void guess(Finding f, Entity speaker) {
        f.speaker = speaker;
        f.sieve = Finding.Sieve.NEAREST;
        f.confidence = Math.min(f.confidence, Finding.Sieve.NEAREST.confidence);
    }
}
