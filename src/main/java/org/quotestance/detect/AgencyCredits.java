package org.quotestance.detect;

/**
 * "…, the minister said, Trend reports on Jan. 7.": an agency or paper credited after a closing cue passes on
 * the speaker's words. The credit neither ends the speaker's clause nor makes that clause its own report.
 */
final class AgencyCredits {
    /** how many words may follow the credit's verb ("on Jan. 7", "on Tuesday") */
    private static final int TAIL = 6;

    private AgencyCredits() {
    }

    /** The comma at {@code comma} opens a credit such as ", Trend reports on Jan. 7." that ends the sentence. */
    static boolean follows(AnalysedText at, MentionReader reader, int comma, Sentence s) {
        if (comma + 2 >= s.endToken() || !at.tok(comma + 1).capitalised) {
            return false;
        }
        Mention credit = reader.readForward(comma + 1, s.endToken());
        int verb = credit == null ? -1 : credit.last() + 1;
        if (verb < 0 || verb >= s.endToken() || at.cueAt[verb] < 0 || credit.type() == Mention.Type.PRONOUN) {
            return false;
        }
        for (int k = verb + 1; k < s.endToken(); k++) {
            Token t = at.tok(k);
            if (k - verb > TAIL || t.inQuote() || t.isWord() && !t.has(Lexicon.TIME) && !t.is("on") && !t.capitalised
                    && !Character.isDigit(at.text.charAt(t.start))) {
                return false;
            }
        }
        return true;
    }

    /** The clause before {@code comma} already ends in a cue of its own (", Mirzagaliev said"): the cue after it credits. */
    static boolean endsInCue(AnalysedText at, int comma) {
        if (comma < 2 || at.cueAt[comma - 1] < 0 || at.tok(comma - 1).inQuote()) {
            return false;
        }
        // the cue's subject right before it: not "had been confirmed", not "responds to stress"
        return TokenShapes.couldEndSubject(at.tok(comma - 2));
    }
}
