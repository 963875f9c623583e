package org.quotestance.detect;

import org.quotestance.model.QuoteKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech: "S (, apposition,) V (time, channel) (that) CLAUSE", "CLAUSE, S V.",
 * "CLAUSE, V S.", "According to S, CLAUSE." and "CLAUSE, according to S." The clause runs to
 * the end of the sentence, or to a comma before a further participle cue (", adding that").
 */
final class IndirectSpeech {
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "lawmakers", "parliament", "congress", "viewers", "supporters", "colleagues");
    private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "you", "there",
            "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "that", "our", "no", "some",
            "all", "any", "many", "most", "every", "each", "both", "such", "if", "while", "although", "because");
    private static final int MIN_WORDS = 3;
    private static final int MAX_CLAUSE_TOKENS = 400;

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;

    IndirectSpeech(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
    }

    List<Finding> run(boolean[] usedCues) {
        List<Finding> out = new ArrayList<>();
        for (Cue c : at.cues) {
            if (usedCues[c.index()] || !c.cueClass().introducesClause()) {
                continue;
            }
            Token first = at.tok(c.first());
            if (first.paragraph == at.headline || at.furniture[first.paragraph]) {
                continue;
            }
            Sentence s = at.sentenceOf(c.first());
            if (endsWithQuestion(s)) {
                continue;
            }
            Finding f = c.cueClass() == CueClass.ACCORDING ? according(c, s) : reported(c, s);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean endsWithQuestion(Sentence s) {
        for (int t = s.endToken() - 1; t >= s.firstToken() && t >= s.endToken() - 3; t--) {
            if (at.tok(t).isPunct('?')) {
                return true;
            }
        }
        return false;
    }

    private Finding according(Cue c, Sentence s) {
        Mention m = reader.readForward(c.last() + 1, s.endToken());
        if (m == null) {
            return null;
        }
        if (c.first() > s.firstToken() + 1 && at.tok(c.first() - 1).isPunct(',')) {
            // "CLAUSE, according to S."
            return make(c, m, s.firstToken(), c.first() - 2, s);
        }
        if (c.first() == s.firstToken()) {
            // "According to S, CLAUSE."
            for (int k = m.last() + 1; k < Math.min(s.endToken(), m.last() + 14); k++) {
                if (at.tok(k).isPunct(',')) {
                    int next = k + 1;
                    // an apposition after the name: "According to Smith, a spokesman, ..."
                    String role = reader.appositionRole(k, s.endToken());
                    if (role != null) {
                        continue;
                    }
                    return make(c, m, next, s.endToken() - 1, s);
                }
            }
        }
        return null;
    }

    private Finding reported(Cue c, Sentence s) {
        Mention subject = subjects.of(c);
        int j = c.last() + 1;
        if (subject == null) {
            // "CLAUSE, said S." (inverted)
            if (c.first() > s.firstToken() && at.tok(c.first() - 1).isPunct(',')) {
                Mention m = reader.readForward(j, s.endToken());
                if (m != null && m.type() != Mention.Type.PRONOUN && endsAfter(m.last() + 1, s)) {
                    return make(c, m, s.firstToken(), c.first() - 2, s);
                }
            }
            return null;
        }
        // "CLAUSE, S said (in a statement)."
        if (endsAfter(j, s)) {
            // "…, fire chief Dan Moss said.": a few lower-case role words may precede the name
            int k = subject.first() - 1;
            while (k > s.firstToken() && subject.first() - k <= 3 && at.tok(k).isWord() && !at.tok(k).capitalised
                    && at.cueAt[k] < 0) {
                k--;
            }
            if (k > s.firstToken() && at.tok(k).isPunct(',')) {
                return make(c, subject, s.firstToken(), k - 1, s);
            }
        }
        if (c.cueClass() == CueClass.TELL) {
            int listenerEnd = listener(j, s);
            if (listenerEnd < 0) {
                return null;
            }
            j = listenerEnd + 1;
            if (j < s.endToken() && at.tok(j).is("to")) {
                return null; // "told them to leave" is an order, not speech
            }
        }
        int that = findThat(j, s);
        int clauseStart;
        if (that >= 0) {
            clauseStart = that + 1;
        } else if (c.cueClass() == CueClass.THAT) {
            return null;
        } else {
            clauseStart = j;
            while (clauseStart < s.endToken() && at.tok(clauseStart).has(Lexicon.TIME)) {
                clauseStart++;
            }
            if (clauseStart >= s.endToken() || !opensClause(at.tok(clauseStart))) {
                return null;
            }
        }
        return make(c, subject, clauseStart, s.endToken() - 1, s);
    }

    private boolean opensClause(Token t) {
        if (t.inQuote() || !t.isWord() && t.kind != Token.Kind.NUMBER) {
            return false;
        }
        return CLAUSE_OPENERS.contains(t.lower) || t.capitalised && !t.has(Lexicon.TIME)
                || t.kind == Token.Kind.NUMBER;
    }

    /** Only trailing time or channel words ("in a statement", "on Wednesday") before the full stop. */
    private boolean endsAfter(int j, Sentence s) {
        for (int k = j; k < s.endToken(); k++) {
            Token t = at.tok(k);
            if (t.isWord()) {
                if (!t.has(Lexicon.FILLER_AFTER) && !t.has(Lexicon.TIME) && !t.capitalised) {
                    return false;
                }
            } else if (!t.isPunct('.') && !t.isPunct(',') && !(t.isPunct('!'))) {
                return false;
            }
            if (k - j > 10) {
                return false;
            }
        }
        return true;
    }

    /** The listener of "told": a pronoun, "reporters", or a name or nominal. Returns its last token or -1. */
    private int listener(int j, Sentence s) {
        if (j >= s.endToken()) {
            return -1;
        }
        Token t = at.tok(j);
        if (OBJECT_PRONOUNS.contains(t.lower)) {
            return j;
        }
        Mention m = reader.readForward(j, s.endToken());
        return m == null ? -1 : m.last();
    }

    /** "that" after only time and channel words ("said on Wednesday in a statement that"). */
    private int findThat(int j, Sentence s) {
        for (int k = j; k < Math.min(s.endToken(), j + 9); k++) {
            Token t = at.tok(k);
            if (t.is("that")) {
                return k;
            }
            boolean skippable = t.isWord() && (t.has(Lexicon.FILLER_AFTER) || t.has(Lexicon.TIME)
                    || t.capitalised || OBJECT_PRONOUNS.contains(t.lower)) || t.kind == Token.Kind.NUMBER
                    || t.isPunct(',');
            if (!skippable) {
                return -1;
            }
        }
        return -1;
    }

    private Finding make(Cue c, Mention m, int from, int to, Sentence s) {
        // trim: no leading punctuation, stop before a comma that opens a further participle cue
        while (from <= to && !at.tok(from).isWord() && at.tok(from).kind != Token.Kind.NUMBER) {
            from++;
        }
        if (to - from > MAX_CLAUSE_TOKENS) {
            return null; // no sentence of news copy runs this long; it is a list or broken text
        }
        for (int k = from + 1; k < to; k++) {
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote() && at.cueAt[k + 1] >= 0
                    && at.cues.get(at.cueAt[k + 1]).participle()) {
                to = k - 1;
                break;
            }
        }
        while (to >= from && !at.tok(to).isWord() && at.tok(to).kind != Token.Kind.NUMBER) {
            to--;
        }
        if (to < from || at.tok(from).markRole == Token.MarkRole.OPEN) {
            return null;
        }
        int words = 0;
        for (int k = from; k <= to && words < MIN_WORDS; k++) {
            if (at.tok(k).isWord() || at.tok(k).kind == Token.Kind.NUMBER) {
                words++;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        // a clause that is all one quotation is a direct quote, already found
        Token a = at.tok(from);
        Token b = at.tok(to);
        if (a.inQuote() && a.quote == b.quote) {
            return null;
        }
        Finding f = new Finding(QuoteKind.INDIRECT, a.start, b.end, -1, Math.min(from, c.first()), s.paragraph());
        f.cue = c;
        f.mention = m;
        f.sieve = Finding.Sieve.INDIRECT;
        f.confidence = Finding.Sieve.INDIRECT.confidence;
        return f;
    }
}
