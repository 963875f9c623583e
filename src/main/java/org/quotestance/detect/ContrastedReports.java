package org.quotestance.detect;

/**
 * "…commented that they believed the council was not listening, but some council members said providing
 * more funding …": a report after ", but" with its own subject and cue is a second report, so the first
 * one's clause ends at the comma.
 */
final class ContrastedReports {
    /** how far after "but" the second report's cue may stand ("but some council members said") */
    private static final int SUBJECT_WORDS = 6;

    private ContrastedReports() {
    }

    /** The last token of a reported clause [start, end] that stops before a contrasted report, or {@code end}. */
    static int clauseEnd(AnalysedText at, int start, int end) {
        for (int k = start + 2; k < end - 2; k++) {
            if (!at.tok(k).isPunct(',') || at.tok(k).inQuote() || !at.tok(k + 1).is("but")) {
                continue;
            }
            for (int c = k + 3; c <= Math.min(end, k + 2 + SUBJECT_WORDS); c++) {
                Token t = at.tok(c);
                if (!t.isWord() || t.inQuote()) {
                    break;
                }
                if (at.cueAt[c] >= 0) {
                    return TokenShapes.couldEndSubject(at.tok(c - 1)) ? k - 1 : end;
                }
            }
        }
        return end;
    }
}
