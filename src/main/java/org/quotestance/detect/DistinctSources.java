package org.quotestance.detect;

import java.util.Locale;

/**
 * Capitalised words that tell two sources with the same head apart: "the American side" is not "the US
 * side", "the Minority Leader" not the "Majority Leader", "the First Minister's spokesperson" not a
 * party's energy spokesperson.
 */
final class DistinctSources {
    private DistinctSources() {
    }

    /** "the Minority Leader" and a "Majority Leader": a capitalised word of the office the person's roles lack. */
    static boolean namesOtherOffice(AnalysedText at, Mention m, Entity e) {
        for (int k = m.first(); k < m.last(); k++) {
            Token t = at.tok(k);
            // "Cook Islands" in the office, "Cook Island" in the role: a plural's s aside
            String singular = t.lower.endsWith("s") ? t.lower.substring(0, t.lower.length() - 1) : t.lower;
            if (t.isWord() && t.capitalised && !t.is("the")
                    && e.roles.stream().noneMatch(r -> TokenShapes.hasWord(r, t.lower) || TokenShapes.hasWord(r, singular))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the office holder {@code m} cannot be {@code e}: another office, or {@code e} named in the quote. */
    static boolean cannotBe(AnalysedText at, Mention m, Entity e) {
        return namesOtherOffice(at, m, e) || namedInQuoteBefore(at, m, e);
    }

    /**
     * "“Lapid is a politician who believes in two states,” the minister said": a speaker does not call
     * himself by his surname in his own words, so the minister is not Lapid.
     */
    private static boolean namedInQuoteBefore(AnalysedText at, Mention m, Entity e) {
        int close = m.first() > 1 && at.tok(m.first() - 1).isPunct(',') ? m.first() - 2 : m.first() - 1; // ”, or ,”
        if (close < 1 || at.tok(close).markRole != Token.MarkRole.CLOSE || at.tok(close).quote < 0) {
            return false;
        }
        QuoteRegion q = at.quotes.get(at.tok(close).quote);
        String surname = e.surname();
        for (int k = q.openToken() + 1; k < close; k++) {
            Token t = at.tok(k);
            if (t.isWord() && t.capitalised && t.end - t.start >= surname.length()
                    && at.text.startsWith(surname, t.start) && t.base.length() == surname.length()) {
                return true;
            }
        }
        return false;
    }

    /** "the American side" after "the US side": a capitalised modifier the earlier source lacks makes another one. */
    static boolean namesAnotherParty(AnalysedText at, Mention m, Entity e) {
        String earlier = e.name.toLowerCase(Locale.ROOT);
        for (int k = m.first() + 1; k < m.last(); k++) {
            Token t = at.tok(k);
            if (t.isWord() && t.capitalised && !TokenShapes.hasWord(earlier, t.lower)) {
                return true;
            }
        }
        return false;
    }
}
