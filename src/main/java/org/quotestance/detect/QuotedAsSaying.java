package org.quotestance.detect;

/**
 * "“…,” PTI quoted Malik as saying", "the Nation newspaper reported Riley saying", "Lee cited Lam as
 * saying that …": the paper or person before the quoting verb passes the words on; the one named
 * after it said them.
 */
final class QuotedAsSaying {
    private QuotedAsSaying() {
    }

    /**
     * The person named between a quoting verb and the "(as) saying" cue that starts at {@code cue}, or
     * null; {@code floor} is the first token the verb may stand at.
     */
    static Mention before(AnalysedText at, MentionReader reader, int cue, int floor) {
        if (!isSaying(at, cue)) {
            return null;
        }
        int end = cue - 1;
        if (end > floor && at.tok(end).is("as")) {
            end--;
        }
        if (end <= floor || !at.tok(end).isWord()) {
            return null;
        }
        Mention named = reader.readBackward(end, floor + 1);
        if (named == null || named.last() != end || named.type() == Mention.Type.PRONOUN) {
            return null;
        }
        int verb = named.first() - 1;
        return verb >= floor && isQuotingVerb(at, verb) ? named : null;
    }

    /** The one named after a quoting verb and the "(as) saying" cue that follows them. */
    record Passed(Mention speaker, Cue cue) {
    }

    /** The person after a quoting verb at {@code verb} and the "(as) saying" cue after them, or null. */
    static Passed after(AnalysedText at, MentionReader reader, int verb, int end) {
        if (!isQuotingVerb(at, verb) || verb + 1 >= end) {
            return null;
        }
        Mention named = reader.readForward(verb + 1, end);
        if (named == null || named.first() != verb + 1) {
            return null;
        }
        int k = named.last() + 1;
        if (k < end && at.tok(k).is("as")) {
            k++;
        }
        return k < end && isSaying(at, k) ? new Passed(named, at.cues.get(at.cueAt[k])) : null;
    }

    private static boolean isSaying(AnalysedText at, int t) {
        return t >= 0 && at.cueAt[t] >= 0 && at.cues.get(at.cueAt[t]).participle() && !at.tok(t).inQuote();
    }

    private static boolean isQuotingVerb(AnalysedText at, int t) {
        return t >= 0 && at.tok(t).isWord() && !at.tok(t).inQuote() && at.lex.quotingVerbs.contains(at.tok(t).lower);
    }
}
