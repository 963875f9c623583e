package org.quotestance.detect;

/**
 * Where the subject of a sentence starts, past what opens it: a conjunction ("But Rovers chair …"), a
 * time ("Last week opposition MP Dana Kerr was …"), and an introductory phrase up to its comma
 * ("Speaking to reporters, …", "Asked whether …, Ms. Rautio was blunt."). Split from {@link Subjects}.
 */
final class SentenceOpenings {
    /** "Days before …,", "Hours after the vote,", "Weeks later,": a span of time that opens a sentence */
    private static final java.util.Set<String> TIME_SPANS = java.util.Set.of("minutes", "hours", "days", "weeks",
            "months", "years", "decades", "moments");
    private static final java.util.Set<String> TIME_RELATIONS = java.util.Set.of("before", "after", "later",
            "earlier", "into", "ago");

    /** how far past its first comma an opening phrase may run ({@link #laterClauseStart}) */
    private static final int LONG_OPENING = 40;
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i", "it");

    private SentenceOpenings() {
    }

    /** The first token of the subject of a sentence whose words start at {@code start}; -1 when an opening phrase has no comma. */
    static int subjectStart(AnalysedText at, int start, int before) {
        if (start + 1 < before && at.tok(start).capitalised && TokenShapes.isConjunction(at.tok(start))
                && at.tok(start + 1).isWord()) {
            start++; // "But Rovers chair Denise Marlow, whose family …, went further": the conjunction is no intro
        }
        start = afterOpeningTime(at, start, before);
        // "However, reacting to the criticism at a press conference, Information Minister John Tia …": two openings
        for (int opening = 0; opening < 2; opening++) {
            int k = endOfOpening(at, start, before);
            if (k == start) {
                break;
            }
            if (k < 0) {
                return opening == 0 ? -1 : start;
            }
            boolean participle = at.tok(start).lower.endsWith("ing") || isParticipleOpener(at, start, before);
            start = placeAfterComma(at, k, before);
            if (participle) {
                start = laterClauseStart(at, start, before); // only a participle phrase runs on past its own commas
            }
        }
        return start;
    }

    /**
     * "Speaking to SEARCHLIGHT on Wednesday, June 15, from Dominica, where he was at a summit, Dr. Gonsalves was
     * adamant …": an opening phrase with commas of its own. When the words after its first comma do not start a
     * clause (a name or a pronoun, then a verb) and those after a later comma do, the subject starts there.
     */
    private static int laterClauseStart(AnalysedText at, int start, int before) {
        if (startsClause(at, start, before)) {
            return start;
        }
        for (int k = start; k < before && k - start < LONG_OPENING; k++) {
            Token t = at.tok(k);
            if (t.inQuote()) {
                return start;
            }
            if (t.isPunct(',') && startsClause(at, k + 1, before)) {
                return k + 1;
            }
        }
        return start;
    }

    /** A capitalised name (titles and initials allowed) or a subject pronoun, then a word that opens a predicate. */
    private static boolean startsClause(AnalysedText at, int k, int before) {
        if (k >= before || !at.tok(k).isWord() || at.tok(k).inQuote()) {
            return false;
        }
        int j = k;
        if (SUBJECT_PRONOUNS.contains(at.tok(k).lower)) {
            j = k + 1;
        } else {
            while (j < before && j - k < 8 && (at.tok(j).isWord() && at.tok(j).capitalised || at.tok(j).isPunct('.'))) {
                j++;
            }
        }
        if (j == k || j >= before || !at.tok(j).isWord() || at.tok(j).capitalised || at.tok(j).inQuote()) {
            return false;
        }
        Token verb = at.tok(j);
        return at.cueAt[j] >= 0 || ClauseOpenings.isAuxiliary(verb)
                || ClauseOpenings.isPastTense(at, verb);
    }

    /** The comma that ends an opening phrase starting at {@code start}; {@code start} when none opens there, -1 when it has no comma. */
    private static int endOfOpening(AnalysedText at, int start, int before) {
        if (start >= before) {
            return start;
        }
        Token first = at.tok(start);
        // "Speaking to reporters, …" opens with a participle; "Viking Strait Lines rejected …" with a name
        // but "Acting chief executive Bethan Morgan …" opens with a role
        boolean participle = first.lower.endsWith("ing") && !first.has(Lexicon.ROLE_MODIFIER)
                && (!(start + 1 < before && at.tok(start + 1).isWord() && at.tok(start + 1).capitalised)
                || participleBeforeName(at, start, before));
        boolean intro = first.isWord() && (participle && !first.has(Lexicon.PRONOUN)
                || first.has(Lexicon.FUNCTION) && !first.has(Lexicon.PRONOUN)
                && !first.has(Lexicon.DETERMINER) && !first.has(Lexicon.HONORIFIC)) || isParticipleOpener(at, start, before)
                || isTimeSpanOpener(at, start, before);
        if (!intro) {
            return start;
        }
        int k = start;
        while (k < before && k - start < 25 && !at.tok(k).isPunct(',')) {
            k++;
        }
        return k < before && at.tok(k).isPunct(',') ? k : -1;
    }

    /** "Days before Cordileone’s installation, Andrus had written …": no person named "Days". */
    private static boolean isTimeSpanOpener(AnalysedText at, int start, int before) {
        return start + 1 < before && TIME_SPANS.contains(at.tok(start).lower) && at.tok(start + 1).isWord()
                && TIME_RELATIONS.contains(at.tok(start + 1).lower);
    }

    /** "Asked whether …, Ms. Rautio was blunt." / "Pressed by MPs on …, Mr Pryce declined": an opening participle. */
    private static boolean isParticipleOpener(AnalysedText at, int start, int before) {
        Token first = at.tok(start);
        if (!first.isWord() || !first.lower.endsWith("ed") || start + 1 >= before) {
            return false;
        }
        Token next = at.tok(start + 1);
        return next.isWord() && !next.capitalised && next.has(Lexicon.FUNCTION);
    }

    /**
     * "Criticising Fianna Fáil for what …, Mr Harris said": a long "-ing" word, a capitalised run and then
     * a function word open a participle clause; "Viking Strait Lines rejected …" goes on with its verb.
     */
    private static boolean participleBeforeName(AnalysedText at, int start, int before) {
        Token first = at.tok(start);
        if (first.lower.length() < 7 || first.has(Lexicon.FIRST_NAME) || first.has(Lexicon.TITLE)) {
            return false;
        }
        int k = start + 1;
        while (k < before && at.tok(k).isWord() && at.tok(k).capitalised) {
            k++;
        }
        return k < before && at.tok(k).isWord() && !at.tok(k).capitalised && at.tok(k).has(Lexicon.FUNCTION)
                && !at.tok(k).has(Lexicon.PRONOUN) && !at.tok(k).has(Lexicon.VERB);
    }

    /** "Last week opposition MP Dana Kerr was …", "On Monday the minister …": a time phrase with no comma after it. */
    private static int afterOpeningTime(AnalysedText at, int start, int before) {
        Token t = at.tok(start);
        int k = start;
        if (start + 2 < before && (t.is("last") || t.is("this") || t.is("on")) && (LooseSubjects.PERIODS.contains(at.tok(start + 1).lower)
                || at.tok(start + 1).has(Lexicon.TIME) && at.tok(start + 1).capitalised)) {
            k = start + 2;
        } else if (start + 1 < before && t.has(Lexicon.TIME) && !t.possessive && at.tok(start + 1).isWord()) {
            k = start + 1; // "Yesterday the council …"
        }
        return k > start && at.tok(k).isWord() && !at.tok(k).inQuote() ? k : start;
    }

    /**
     * "Addressing a rally in Ghotki, Sindh, the prime minister …": an opening phrase that ends at a
     * place may name its region or country after the comma; the subject comes after that.
     */
    private static int placeAfterComma(AnalysedText at, int comma, int before) {
        Token last = at.tok(comma - 1);
        int k = comma + 1;
        while (k < before && k - comma <= 3 && at.tok(k).isWord() && at.tok(k).capitalised && !at.tok(k).inQuote()) {
            k++;
        }
        boolean place = last.isWord() && last.capitalised && k > comma + 1 && k + 1 < before && at.tok(k).isPunct(',')
                && at.tok(k + 1).isWord() && !at.tok(k + 1).capitalised && !at.tok(k + 1).inQuote();
        return place ? k + 1 : comma + 1;
    }
}
