package org.quotestance.detect;

import org.quotestance.model.QuoteKind;

/** A quote or reported statement found in the text, on its way to becoming a model Quote. */
final class Finding {
    final QuoteKind kind;
    /** content characters, trimmed */
    final int start;
    final int end;
    /** the quote region (for quotes in marks), or -1 for reported speech */
    final int region;
    /** token where the finding begins; findings are resolved in this order */
    final int anchor;
    final int paragraph;
    Cue cue;
    Mention mention;
    /** which attribution rule found the speaker phrase */
    Sieve sieve = Sieve.NONE;
    double confidence;
    Entity speaker;
    /** for a quote over several paragraphs: which paragraph of it (0 = the first) */
    int piece;
    /** a transcript line: kept only when its name is a person known from the rest of the story */
    boolean needsKnownSpeaker;
    /** where the speaker was named when it was inherited from another finding */
    Mention inheritedMention;

    enum Sieve {
        /** ", Hegseth stated" / ", said Hegseth" right after the quote */
        AFTER(0.95),
        /** "Hegseth said: " / a speech verb earlier in the sentence */
        BEFORE(0.9),
        /** "A," X said. "B." or a lone quote paragraph after an attributed one */
        CONTINUATION(0.8),
        /** a bare answer to a question in a rapid exchange: the other party */
        ALTERNATION(0.7),
        /** a transcript line "NAME: text" */
        TRANSCRIPT(0.75),
        /** headline "Name: ..." */
        HEADLINE(0.85),
        /** reported speech */
        INDIRECT(0.8),
        /** the most salient person or organisation at that point */
        SALIENCE(0.5),
        /** no cue and no one salient: the speaker of the nearest quote, a guess for the reviewer to confirm */
        NEAREST(0.3),
        NONE(0.4);

        final double confidence;

        Sieve(double confidence) {
            this.confidence = confidence;
        }
    }

    Finding(QuoteKind kind, int start, int end, int region, int anchor, int paragraph) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.region = region;
        this.anchor = anchor;
        this.paragraph = paragraph;
    }

    Mention shownMention() {
        return mention != null ? mention : inheritedMention;
    }
}
