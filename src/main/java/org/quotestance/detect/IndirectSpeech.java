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
    private static final Set<String> TRAILING_CLAUSES = Set.of("as", "while", "whilst", "although", "though", "but", "after",
            "before", "when", "even", "because");
    /** "The problem, Savchuk added, is …": the words before a parenthetical cue are a short noun phrase */
    private static final int PARENTHETICAL_PREFIX = 6;
    private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "may", "might", "should", "must",
            "to", "shall");
    /** what a body publishes rather than says: "according to an estimate (released) by …" */
    private static final int MIN_WORDS = 3;
    private static final int MAX_CLAUSE_TOKENS = 400;

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final ClauseOpenings openings;
    private final AccordingTo according;
    private final CueObjects objects;

    IndirectSpeech(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.openings = new ClauseOpenings(at);
        this.reader = reader;
        this.subjects = subjects;
        this.according = new AccordingTo(at, reader, subjects, this);
        this.objects = new CueObjects(at, reader);
    }

    List<Finding> run(boolean[] usedCues) {
        List<Finding> out = new ArrayList<>();
        int accordingSentence = -1;
        for (Cue c : at.cues) {
            if (usedCues[c.index()] || !c.cueClass().introducesClause()) {
                continue;
            }
            int sentence = at.tok(c.first()).sentence;
            if (c.cueClass() == CueClass.ACCORDING && c.first() == at.sentences.get(sentence).firstToken()) {
                // unless the source is a paper whose clause names a speaker of its own ("According to Oriental
                // Daily News, Nga stressed that …"): then that speaker's cue reports the clause
                accordingSentence = according.relaysOwnSpeaker(c, at.sentences.get(sentence)) ? -1 : sentence;
            } else if (sentence == accordingSentence) {
                // "According to a White House official, the president has told both leaders he would …":
                // the whole clause is the official's, not a report of the president's
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
            Finding f = c.cueClass() == CueClass.ACCORDING ? according.find(c, s) : reported(c, s);
            if (f != null) {
                out.add(f);
            }
        }
        dropNested(out);
        return out;
    }

    /**
     * "Analysts said the chief executive had told staff that cuts were coming.": the statement the
     * source reports already holds the one reported inside it; annotators keep the outer one.
     */
    private static void dropNested(List<Finding> found) {
        // one sweep in text order against the widest finding so far: linear however many cues there are
        found.sort(java.util.Comparator.comparingInt((Finding f) -> f.start).thenComparingInt(f -> -f.end));
        Finding outer = null;
        java.util.Iterator<Finding> it = found.iterator();
        while (it.hasNext()) {
            Finding inner = it.next();
            if (outer != null && inner.end <= outer.end && outer.cue != null && inner.cue != null
                    && outer.cue.start() < inner.cue.start() && inner.cue.start() < outer.end) {
                it.remove();
            } else if (outer == null || inner.end > outer.end) {
                outer = inner;
            }
        }
    }

    private boolean endsWithQuestion(Sentence s) {
        for (int t = s.endToken() - 1; t >= s.firstToken() && t >= s.endToken() - 3; t--) {
            if (at.tok(t).isPunct('?')) {
                return true;
            }
        }
        return false;
    }

    /** The token after the last colon in [from, to), or {@code from}. */
    private int afterColon(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (at.tok(k).isPunct(':') && !at.tok(k).inQuote()) {
                return k + 1;
            }
        }
        return from;
    }

    private Finding reported(Cue c, Sentence s) {
        Mention subject = subjects.of(c);
        int j = c.last() + 1;
        if (subject == null) {
            // "CLAUSE, said S." (inverted)
            if (c.first() > s.firstToken() && at.tok(c.first() - 1).isPunct(',')) {
                Mention m = subjects.withNameInApposition(reader.readForward(j, s.endToken()), s.endToken());
                if (m != null && m.type() != Mention.Type.PRONOUN && (endsAfterApposition(m.last() + 1, s)
                        || TokenShapes.isBareParticiple(at.tokens, m.last() + 1, s.endToken()))) {
                    return make(c, m, s.firstToken(), c.first() - 2, s);
                }
            }
            return null;
        }
        // "The problem, Savchuk added, is that …": the clause resumes after the parenthetical cue; a colon
        // starts the clause anew ("… offer an explanation: before birth, they say, mammals dream …")
        int opening = afterColon(s.firstToken(), subject.first());
        if (j + 1 < s.endToken() && at.tok(j).isPunct(',') && subject.first() - 1 > opening
                && at.tok(subject.first() - 1).isPunct(',') && !at.tok(j).inQuote()
                && subject.first() - 1 - opening <= PARENTHETICAL_PREFIX && !opensTrailingClause(j + 1)
                && at.tok(j + 1).isWord() && !at.tok(j + 1).capitalised && !at.tok(j + 1).is("and")
                && !at.tok(j + 1).is("but") && noCueBetween(opening, subject.first())) {
            return make(c, subject, j + 1, s.endToken() - 1, s);
        }
        // "CLAUSE, S said (in a statement)." and "CLAUSE, the company said, down from …"
        if (endsAfter(j, s) || endsAfterAside(j, s)) {
            // "…, fire chief Dan Moss said.": a few lower-case role words may precede the name
            int k = subject.first() - 1;
            // "…, Deputy Prime Minister and Foreign Minister Demeke Mekonen said.": titles joined by "and" too
            while (k > s.firstToken() && at.tok(k).isWord() && at.cueAt[k] < 0
                    // "…, The Jakarta Post reported.": a capital "The" opens some outlets' names
                    && (subject.first() - k <= 3 && (!at.tok(k).capitalised || at.tok(k).is("the"))
                    || subject.first() - k <= 8 && isJoinedTitleWord(k))
                    && !((at.tok(k).is("and") || at.tok(k).is("but")) && at.tok(k - 1).isPunct(','))) {
                // ", and Peters agreed." coordinates a clause; "executives and officials said" is one subject
                k--;
            }
            if (k > s.firstToken() && at.tok(k).isPunct(',') && !AgencyCredits.endsInCue(at, k)) {
                return make(c, subject, s.firstToken(), k - 1, s);
            }
        }
        if (c.cueClass() == CueClass.TELL && !(j < s.endToken() && at.tok(j).is("that") && c.first() == c.last()
                && !c.participle() && !isPassive(c))) { // "Abinader assured that …": the listener left out
            int listenerEnd = objects.listener(j, s);
            if (listenerEnd < 0) {
                return null;
            }
            j = objects.afterPlace(listenerEnd + 1, s);
            if (j < s.endToken() && at.tok(j).is("to")) {
                return null; // "told them to leave" is an order, not speech
            }
        }
        int that = objects.findThat(j, s);
        int clauseStart;
        if (that >= 0) {
            clauseStart = that + 1;
        } else if (c.cueClass() == CueClass.THAT && !openings.reportsWithoutThat(at.tok(c.first()), j) || afterModal(c)) {
            return null; // "it would add the tanker to its list" is no statement
        } else {
            clauseStart = objects.afterChannel(j, s);
            if (clauseStart == j && c.cueClass() == CueClass.CLAUSE && j + 1 < s.endToken() && at.tok(j).isPunct(',')
                    && at.cueAt[j + 1] < 0 && at.tok(j + 1).isWord()) {
                clauseStart = j + 1; // "He said, the government will not raise taxes": a comma in place of "that"
            }
            if (clauseStart == j) {
                clauseStart = objects.afterPlace(j, s); // "told reporters at the White House he …"
            }
            // "said on Wednesday it had …", "told reporters … Wednesday he has …"
            if (clauseStart + 1 < s.endToken() && at.tok(clauseStart).is("on") && at.tok(clauseStart + 1).has(Lexicon.TIME)) {
                clauseStart++;
            }
            while (clauseStart < s.endToken() && at.tok(clauseStart).has(Lexicon.TIME) && !at.tok(clauseStart).possessive) {
                clauseStart++;
            }
            if (clauseStart >= s.endToken() || !openings.opensClause(clauseStart) && !andThatFollows(clauseStart, s)
                    || DocumentSources.isThingPosted(at, clauseStart, s)) {
                return null;
            }
        }
        return make(c, subject, clauseStart,
                ContrastedReports.clauseEnd(at, clauseStart, relativeClauseEnd(subject, clauseStart, s)), s);
    }

    private boolean isJoinedTitleWord(int k) {
        Token t = at.tok(k);
        return t.has(Lexicon.TITLE) || t.has(Lexicon.ROLE_MODIFIER) || t.is("and") && at.tok(k - 1).has(Lexicon.TITLE);
    }

    /** "The delay, which officials said was caused by a shortage, cost …": the aside ends at its comma. */
    private int relativeClauseEnd(Mention subject, int clauseStart, Sentence s) {
        int rel = subject.first() - 1;
        if (rel - 1 < s.firstToken() || !at.tok(rel).is("which") || !at.tok(rel - 1).isPunct(',')) {
            return s.endToken() - 1;
        }
        for (int k = clauseStart + 1; k < s.endToken() - 1; k++) {
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote()) {
                return k - 1;
            }
        }
        return s.endToken() - 1;
    }

    /**
     * "Kannan said demand for its chips remained strong and that it expected …": a second "that" clause
     * joined by "and"/"but" shows that the words right after the cue were the first reported clause.
     */
    private boolean andThatFollows(int k, Sentence s) {
        Token first = at.tok(k);
        if (!first.isWord() || first.inQuote() || first.has(Lexicon.FILLER_AFTER) || first.has(Lexicon.TIME)) {
            return false;
        }
        for (int i = k + 2; i + 1 < s.endToken(); i++) {
            if (at.cueAt[i] >= 0) {
                return false;
            }
            Token t = at.tok(i);
            if ((t.is("and") || t.is("but")) && !t.inQuote() && at.tok(i + 1).is("that")) {
                return true;
            }
        }
        return false;
    }

    private boolean afterModal(Cue c) {
        int b = c.first() - 1;
        return b >= 0 && at.tok(b).isWord() && MODALS.contains(at.tok(b).lower);
    }

    /**
     * "Revenue would be $8 billion, the company said, down from a forecast of $8.6 billion": after the cue
     * only a comma and a lower-case aside with no speech cue or quotation of its own run to the full stop.
     */
    private boolean endsAfterAside(int j, Sentence s) {
        if (j + 1 >= s.endToken() || !at.tok(j).isPunct(',') || !at.tok(j + 1).isWord() || at.tok(j + 1).capitalised) {
            return false;
        }
        for (int k = j + 1; k < s.endToken(); k++) {
            if (at.cueAt[k] >= 0 || at.tok(k).inQuote()) {
                return false;
            }
        }
        return true;
    }

    /** Only trailing time or channel words ("in a statement", "on Wednesday") before the full stop. */
    private boolean endsAfter(int j, Sentence s) {
        for (int k = j; k < s.endToken(); k++) {
            Token t = at.tok(k);
            if (t.isWord()) {
                // "reported in The New England Journal of Medicine": a connector inside a capitalised name
                boolean inName = t.has(Lexicon.CONNECTOR) && k > j && k + 1 < s.endToken()
                        && at.tok(k - 1).capitalised && at.tok(k + 1).capitalised;
                if (TokenShapes.opensCircumstance(at.tokens, k)) {
                    return true; // "…, said Hang while answering queries."
                }
                if (!t.has(Lexicon.FILLER_AFTER) && !t.has(Lexicon.TIME) && !t.capitalised && !inName) {
                    return false;
                }
            } else if (t.kind == Token.Kind.NUMBER) {
                // "on July 9", "on 9 July"
            } else if (t.isPunct(',') && k + 1 < s.endToken() && (opensTrailingClause(k + 1) || endsAfterAside(k, s)
                    || AgencyCredits.follows(at, reader, k, s))) {
                // "…, the envoy said on Tuesday, arguing that …" / "…, he warned, as ministers …" /
                // "…, the auditor's office said on Thursday, in a report that prosecutors are examining."
                return true;
            } else if (!t.isPunct('.') && !t.isPunct(',') && !(t.isPunct('!'))) {
                return false;
            }
            if (k - j > 10) {
                return false;
            }
        }
        return true;
    }

    private boolean noCueBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (at.cueAt[k] >= 0 || at.tok(k).inQuote()) {
                return false;
            }
        }
        return true;
    }

    private boolean opensTrailingClause(int k) {
        Token t = at.tok(k);
        if (at.cueAt[k] >= 0 && at.cues.get(at.cueAt[k]).participle()) {
            return true;
        }
        // "…, two officials said on Monday, ending a decade of delays": a participle clause of the writer's
        boolean participle = t.isWord() && !t.capitalised && t.lower.length() > 5 && t.lower.endsWith("ing")
                && !t.has(Lexicon.FUNCTION) && !t.inQuote();
        return t.isWord() && TRAILING_CLAUSES.contains(t.lower) || participle;
    }

    /** "…, said Benedikt Maurer, the company’s chief executive." */
    private boolean endsAfterApposition(int j, Sentence s) {
        if (endsAfter(j, s)) {
            return true;
        }
        if (j >= s.endToken() || !at.tok(j).isPunct(',')) {
            return false;
        }
        for (int k = j + 1; k < Math.min(s.endToken(), j + 16); k++) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0) {
                return false;
            }
            if (t.isPunct(',') || t.isPunct('.')) {
                return k > j + 1 && (t.isPunct('.') ? endsAfter(k, s) : endsAfter(k, s));
            }
        }
        return false;
    }

    /** A speech cue within a few words after {@code from}, before {@code to}. */
    private boolean cueWithin(int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            if (at.cueAt[k] >= 0 && at.cues.get(at.cueAt[k]).cueClass().introducesClause()) {
                return true;
            }
        }
        return false;
    }

    /** A comma followed by a short speaker phrase and a cue that ends the sentence: ", two officials said." */
    private boolean trailingAttribution(int comma, Sentence s) {
        for (int k = comma + 1; k < Math.min(s.endToken(), comma + 9); k++) {
            Token t = at.tok(k);
            if (at.cueAt[k] >= 0) {
                Cue c = at.cues.get(at.cueAt[k]);
                return k > comma + 1 && c.first() == k && c.cueClass().introducesClause()
                        && c.cueClass() != CueClass.ACCORDING && endsAfter(c.last() + 1, s);
            }
            if (!t.isWord() || t.inQuote()) {
                return false;
            }
        }
        return false;
    }

    Finding make(Cue c, Mention m, int from, int to, Sentence s) {
        from = ClauseOpenings.afterDateline(at, from);
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
            if (at.tok(k).is("and") && !at.tok(k).inQuote() && k + 1 < to && at.cueAt[k + 1] >= 0) {
                to = k - 1; // "… and called on its allies to …": the speaker's next act is no longer the statement
                break;
            }
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote() && k + 3 < to && at.tok(k + 1).is("but")
                    && (at.tok(k + 2).is("he") || at.tok(k + 2).is("she")) && at.tok(k + 3).isWord()
                    && (at.tok(k + 3).is("did") || at.tok(k + 3).is("declined") || at.tok(k + 3).is("would"))) {
                to = k - 1; // "said tips led officers to the suspect, but he did not release more": the writer again
                break;
            }
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote() && k > c.last() && k + 1 < to
                    && (at.tok(k + 1).is("while") || at.tok(k + 1).is("whereas")) && cueWithin(k + 2, to)) {
                to = k - 1; // "…, while Islwyn MP Chris Evans said employees …": another speaker's own report
                break;
            }
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote() && k > c.last() && trailingAttribution(k, s)) {
                to = k - 1; // "… told colleagues that she had doubts, two of the people said.": that cue is the writer's
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
            if (k == from && ClauseOpenings.isContractedOpener(at.tok(k))) {
                words++; // "she's grateful" is "she is grateful"
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

    /** "parents are told that …": the cue is passive, its subject the listener. */
    private boolean isPassive(Cue c) {
        if (c.first() == 0) {
            return false;
        }
        Token before = at.tok(c.first() - 1);
        return before.is("is") || before.is("are") || before.is("was") || before.is("were") || before.is("be")
                || before.is("been") || before.is("being");
    }
}
