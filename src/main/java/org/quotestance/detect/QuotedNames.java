package org.quotestance.detect;

/**
 * Quotation marks that name a thing rather than report what someone said: titles of works ("the
 * “Vantly Home” app"), scare quotes and short terms, and category labels ("from “buy” to “hold”").
 * Split from {@link Attributor}, which asks these questions of every quote region before it looks
 * for a speaker; also counts a region's words.
 */
final class QuotedNames {
    private final AnalysedText at;

    QuotedNames(AnalysedText at) {
        this.at = at;
    }

    /** "Why the ‘grand bargain’ keeps slipping": a short lower-case phrase after an article names a term, not a quote. */
    boolean isHeadlineTerm(QuoteRegion r, int words) {
        int o = r.openToken();
        if (words > 3 || o == 0 || r.closeToken() < 0) {
            return false;
        }
        Token before = at.tok(o - 1);
        // "What is ‘brain drift’ …": a term asked about is no quote either
        boolean asked = o > 1 && at.tok(o - 2).is("what") && (before.is("is") || before.is("are"));
        if (!before.isWord() || !asked && !(before.is("the") || before.is("a") || before.is("an") || before.is("its")
                || before.is("their") || before.is("this"))) {
            return false;
        }
        for (int t = o + 1; t < r.closeToken(); t++) {
            if (at.tok(t).capitalised) {
                return false;
            }
        }
        return true;
    }

    /** Words and numbers inside the marks, counted up to 50. */
    int wordsIn(QuoteRegion r) {
        int last = lastTokenOf(r);
        int n = 0;
        for (int t = r.openToken() + 1; t < last && n < 50; t++) {
            Token tok = at.tok(t);
            if (tok.kind == Token.Kind.WORD || tok.kind == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    private int lastTokenOf(QuoteRegion r) {
        return r.closeToken() >= 0 ? r.closeToken() : at.paragraphs.get(r.lastParagraph()).endToken();
    }

    /**
     * Title-case words right after a word such as "book", "song" or "podcast" (a comma between
     * allowed), or capitalised words right before one: "a “Ron & Pat” sticker", "the “Vantly Home” app".
     */
    boolean isWorkTitle(QuoteRegion r) {
        if (afterTitleWord(r.openToken()) && isTitleCase(r)) {
            return true;
        }
        int next = r.closeToken() + 1;
        if (r.closeToken() < 0 || next >= at.tokens.size() || !at.tok(next).isWord() || at.tok(next).capitalised
                || !at.tok(next).has(Lexicon.WORK_TITLE)) {
            return false;
        }
        Token owner = r.openToken() > 0 ? at.tok(r.openToken() - 1) : null;
        if (owner != null && owner.isWord() && owner.capitalised && owner.possessive) {
            return true; // "Millennium Radio’s “Law and the people” programme": a title in sentence case
        }
        boolean capital = false;
        for (int t = r.openToken() + 1; t < r.closeToken(); t++) {
            Token tok = at.tok(t);
            if (tok.isWord() && !tok.capitalised && !tok.has(Lexicon.FUNCTION)) {
                return false;
            }
            capital |= tok.isWord() && tok.capitalised;
        }
        return capital;
    }

    private boolean afterTitleWord(int o) {
        Token prev = o > 0 ? at.tok(o - 1) : null;
        Token prev2 = o > 1 ? at.tok(o - 2) : null;
        return prev != null && prev.isWord() && prev.has(Lexicon.WORK_TITLE)
                || prev2 != null && prev2.isWord() && prev != null && !prev.isWord()
                && prev2.has(Lexicon.WORK_TITLE);
    }

    /**
     * A partial quote that names something: a title after a word such as "film", title-case words or a few
     * words with no speaker phrase before or after them ({@code attributed} false), a "from … to …" label.
     */
    boolean isTitleOrScare(QuoteRegion r, int words, boolean attributed) {
        int o = r.openToken();
        boolean titleCase = isTitleCase(r);
        Token prev = o > 0 ? at.tok(o - 1) : null;
        boolean titleWord = afterTitleWord(o);
        boolean labelled = prev != null && prev.isWord() && at.cueAt[o - 1] >= 0
                && at.cues.get(at.cueAt[o - 1]).cueClass() == CueClass.LABEL;
        if (titleWord && (titleCase || !labelled && words <= 4)) {
            return true;
        }
        if (titleCase && !attributed) {
            return true;
        }
        return !attributed && words <= 4 || words <= 3 && isFromToLabel(r);
    }

    /** "downgrading the stock from “buy” to “hold”": two short quoted names of a category, not words anyone said. */
    private boolean isFromToLabel(QuoteRegion r) {
        int o = r.openToken();
        int c = r.closeToken();
        if (o < 1 || c < 0) {
            return false;
        }
        if (at.tok(o - 1).is("from")) {
            return c + 2 < at.tokens.size() && at.tok(c + 1).is("to") && at.tok(c + 2).markRole == Token.MarkRole.OPEN;
        }
        return o >= 3 && at.tok(o - 1).is("to") && at.tok(o - 2).markRole == Token.MarkRole.CLOSE
                && at.tok(o - 2).quote >= 0 && isFromOpened(at.tok(o - 2).quote);
    }

    private boolean isFromOpened(int quote) {
        QuoteRegion earlier = at.quotes.get(quote);
        int o = earlier.openToken();
        return o >= 1 && at.tok(o - 1).is("from") && wordsIn(earlier) <= 3;
    }

    private boolean isTitleCase(QuoteRegion r) {
        int last = lastTokenOf(r);
        int capital = 0;
        for (int t = r.openToken() + 1; t < last; t++) {
            Token tok = at.tok(t);
            if (tok.isWord() && tok.lower.length() >= 4) {
                if (!tok.capitalised && !tok.has(Lexicon.FUNCTION)) { // "Notes from a Drifting Mind"
                    return false;
                }
                capital++;
            }
        }
        return capital > 0;
    }
}
