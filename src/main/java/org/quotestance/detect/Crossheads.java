package org.quotestance.detect;

import java.util.List;
import java.util.Locale;

import org.quotestance.model.QuoteKind;

/**
 * A crosshead in quotation marks ("‘They’re building a wall of paperwork’" on a line of its own,
 * no full stop) announces the section below it: its words come from a quote further down. The
 * nearest-speaker rules would give it to whoever spoke last above the line, so it takes the
 * speaker of the later quote it repeats, or else of the first attributed statement below it.
 */
final class Crossheads {
    /** a crosshead is a short line; a longer line in quotes is a lone quote paragraph */
    private static final int MAX_WORDS = 12;
    /** how far below the crosshead the quote it repeats may stand */
    private static final int REACH = 6;
    private static final double SHARE = 0.6;

    private final AnalysedText at;

    Crossheads(AnalysedText at) {
        this.at = at;
    }

    void resolve(List<Finding> findings) {
        for (Finding h : findings) {
            if (!isCrosshead(h)) {
                continue;
            }
            Finding repeated = null;
            Finding firstBelow = null;
            for (Finding f : findings) {
                if (f == h || f.paragraph <= h.paragraph || f.paragraph > h.paragraph + REACH || f.speaker == null
                        || isCrosshead(f)) {
                    continue;
                }
                if (firstBelow == null && f.mention != null && f.paragraph <= h.paragraph + 2) {
                    firstBelow = f;
                }
                if (sharedWords(at.text, h, f) >= SHARE) {
                    repeated = f;
                    break;
                }
            }
            Finding source = repeated != null ? repeated : firstBelow;
            if (source != null) {
                h.speaker = source.speaker;
                h.mention = null;
                h.inheritedMention = source.shownMention();
                h.sieve = Finding.Sieve.CONTINUATION;
                h.confidence = repeated != null ? 0.7 : 0.5;
            }
        }
    }

    /** The whole paragraph is one short quotation without a full stop, question or exclamation mark. */
    private boolean isCrosshead(Finding f) {
        if (f.region < 0 || f.kind == QuoteKind.HEADLINE || f.kind == QuoteKind.INDIRECT || f.piece > 0
                || f.paragraph == at.headline || at.furniture[f.paragraph]) {
            return false;
        }
        Paragraph p = at.paragraphs.get(f.paragraph);
        int words = 0;
        Token lastContent = null;
        for (int t = p.firstToken(); t < p.endToken(); t++) {
            Token tok = at.tok(t);
            if (tok.markRole != Token.MarkRole.NONE) {
                continue;
            }
            if (!tok.inQuote()) {
                return false;
            }
            if (tok.isWord()) {
                words++;
            }
            lastContent = tok;
        }
        return lastContent != null && words > 0 && words <= MAX_WORDS && lastContent.isWord()
                || lastContent != null && lastContent.kind == Token.Kind.NUMBER && words <= MAX_WORDS;
    }

    /**
     * The share of the words (three letters or more) of {@code repeat} that also occur in
     * {@code original}: how a headline or crosshead is recognised as the repeat of a body quote.
     */
    static double sharedWords(String text, Finding repeat, Finding original) {
        String[] words = text.substring(repeat.start, repeat.end).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String body = text.substring(original.start, original.end).toLowerCase(Locale.ROOT);
        int found = 0;
        int all = 0;
        for (String w : words) {
            if (w.length() > 2) {
                all++;
                if (body.contains(w)) {
                    found++;
                }
            }
        }
        return all == 0 ? 0 : (double) found / all;
    }
}
