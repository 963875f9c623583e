package org.quotestance.detect;

/**
 * Speaker phrases after a quote whose speaker is not the phrase's first words: "…," a joint
 * statement by the unions said; "…," Rep. Jin Sung-joon of the main opposition party said.
 */
final class SpeakerAfterQuote {
    private SpeakerAfterQuote() {
    }

    /** Tokens [t, first) are "a (joint) statement by (the)": a document whose issuer is named next. */
    static boolean issuedBy(AnalysedText at, int t, int first) {
        int k = first - 1;
        if (at.tok(k).is("the")) {
            k--;
        }
        if (k - 1 < t || !(at.tok(k).is("by") || at.tok(k).is("from"))) {
            return false;
        }
        // "a statement signed by Director-General Anthony Nsiah-Asare": a participle between document and "by"
        boolean participle = k - 2 >= t && (at.tok(k - 1).is("signed") || at.tok(k - 1).is("issued") || at.tok(k - 1).is("released"));
        int doc = participle ? k - 2 : k - 1;
        return at.tok(doc).isWord() && at.lex.issuedDocuments.contains(at.tok(doc).base) && k - t <= (participle ? 6 : 4);
    }

    /** A person named right after the quote whose affiliation ("of the main opposition party") comes before the cue. */
    static Mention personBeforeOf(AnalysedText at, MentionReader reader, int t, int end) {
        for (int j = t + 1; j <= end; j++) {
            if (at.tok(j).is("of") || at.tok(j).is("from")) {
                Mention p = reader.readBackward(j - 1, t);
                return p != null && p.type() == Mention.Type.PERSON && p.first() <= t + 1 ? p : null;
            }
        }
        return null;
    }
}
