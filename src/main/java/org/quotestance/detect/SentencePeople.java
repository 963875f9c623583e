package org.quotestance.detect;

/**
 * The people a sentence names, for pronouns that look back at it: the person in apposition to a
 * nominal subject ("Her husband, Marek, …"), the one who opens its closing clause (", and Peters
 * agreed."), or the only person it names at all ("… in Kerry O’Connell’s driveway.").
 */
final class SentencePeople {
    private final SpeakerResolver resolver;
    private final AnalysedText at;
    private final MentionReader reader;

    SentencePeople(SpeakerResolver resolver, AnalysedText at, MentionReader reader) {
        this.resolver = resolver;
        this.at = at;
        this.reader = reader;
    }

    /** "Her husband, Marek, a civil engineer, has …": the name in apposition to a nominal subject. */
    Entity namedInApposition(Mention nominal, Sentence s) {
        int comma = nominal.last() + 1;
        if (comma + 1 >= s.endToken() || !at.tok(comma).isPunct(',') || !at.tok(comma + 1).capitalised) {
            return null;
        }
        Mention name = reader.readForward(comma + 1, s.endToken());
        if (name == null || name.type() != Mention.Type.PERSON || name.first() != comma + 1) {
            return null;
        }
        Entity e = resolver.entityFor(name);
        if (e == null || !e.isPerson()) {
            return null;
        }
        Gender g = at.lex.genderOfWord(nominal.head());
        if (e.gender == Gender.UNKNOWN && g != Gender.UNKNOWN) {
            e.gender = g;
        }
        e.confirmed = true;
        return e;
    }

    Entity personOf(Mention m) {
        if (m == null) {
            return null;
        }
        Entity e = switch (m.type()) {
            case PRONOUN -> resolver.resolvedAt.get(m.last());
            case PERSON -> resolver.entityFor(m);
            default -> null;
        };
        return e != null && e.isPerson() ? e : null;
    }

    /**
     * "The defeat means the Huddersfield outfit drop out of the top six.": a sentence of the writer's own that
     * speaks of no person at all: no cue, no personal pronoun, no name that reads as a known person.
     */
    boolean namesNoOne(Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Token tok = at.tok(t);
            if (at.cueAt[t] >= 0 || tok.inQuote() || tok.has(Lexicon.PRONOUN) && !tok.is("it") && !tok.is("its")) {
                return false;
            }
            if (!endsCapitalisedRun(t, s)) {
                continue;
            }
            Mention m = reader.readBackward(t, s.firstToken());
            Entity e = m == null || m.type() != Mention.Type.PERSON ? null : personOf(m);
            if (e != null && e.confirmed) {
                return false;
            }
        }
        return true;
    }

    /** The one person named anywhere in a sentence about something else, by full name; null if none or several. */
    Entity onlyPersonIn(Sentence s) {
        Entity found = null;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!endsCapitalisedRun(t, s) || at.tok(t).inQuote() || t == s.firstToken()) {
                continue;
            }
            Mention m = reader.readBackward(t, s.firstToken());
            if (m == null || m.type() != Mention.Type.PERSON || m.name().indexOf(' ') < 0
                    || TokenShapes.namesPlace(at.tokens, m)) {
                continue;
            }
            Entity e = personOf(m);
            if (e == null || found != null && found != e) {
                return null;
            }
            found = e;
        }
        return found;
    }

    /**
     * "Viet Nam is focusing on its chairmanship, said Hang." and "…, Andhra Pradesh had not raised its
     * tariff, he claimed.": the speaker of a cue that closes the sentence after a comma. The subject
     * read at the sentence's start is what was said, not who said it.
     */
    Entity closingCueSpeaker(Sentence s, Mention subject, Subjects subjects) {
        for (int t = subject.last() + 2; t < s.endToken(); t++) {
            int ci = at.cueAt[t];
            if (ci < 0 || at.tok(t).inQuote()) {
                continue;
            }
            Cue c = at.cues.get(ci);
            Mention speaker = subjects.of(c);
            if (speaker == null && c.last() + 1 < s.endToken()) {
                speaker = reader.readForward(c.last() + 1, s.endToken()); // "…, said Hang."
                int after = speaker == null ? 0 : speaker.last() + 1;
                if (speaker != null && (speaker.possessive() || after < s.endToken() && !at.tok(after).isPunct('.')
                        && !at.tok(after).isPunct(',') && !TokenShapes.opensCircumstance(at.tokens, after))) {
                    return null; // "…, dismissed Papadopoulos’ criticisms": an object, no speaker
                }
            }
            if (speaker == null) {
                return null;
            }
            int opening = Math.min(speaker.first(), c.first());
            return opening > subject.last() + 1 && at.tok(opening - 1).isPunct(',') ? personOf(speaker) : null;
        }
        return null;
    }

    /** The person who opens the last clause of a sentence (", and Peters agreed."), or null. */
    Entity closingClauseSubject(Sentence s) {
        for (int t = s.endToken() - 3; t > s.firstToken() + 1; t--) {
            Token and = at.tok(t);
            if (and.inQuote()) {
                return null;
            }
            if ((and.is("and") || and.is("but")) && at.tok(t - 1).isPunct(',')) {
                Mention m = reader.readForward(t + 1, s.endToken());
                if (m == null || m.type() != Mention.Type.PERSON || m.first() != t + 1 || m.last() + 1 >= s.endToken()
                        || !at.tok(m.last() + 1).isWord() || at.tok(m.last() + 1).capitalised) {
                    return null;
                }
                return personOf(m);
            }
        }
        return null;
    }

    /** Token {@code t} is the last capitalised word of a run (the next is no capitalised word, or {@code t} owns it). */
    private boolean endsCapitalisedRun(int t, Sentence s) {
        Token tok = at.tok(t);
        return tok.isWord() && tok.capitalised
                && (t + 1 >= s.endToken() || !at.tok(t + 1).isWord() || !at.tok(t + 1).capitalised || tok.possessive);
    }
}
