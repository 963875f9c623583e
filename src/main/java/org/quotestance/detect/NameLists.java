package org.quotestance.detect;

/**
 * People named in a row: "Others held include Peter Lazaro, Omari Fakhi, Paulo Musisi and Bakari Salum." A name
 * in such a list is no sentence's subject and no one a following "he said" goes on about.
 */
final class NameLists {
    /** a list names at least this many people */
    private static final int MIN_NAMES = 3;
    /** and at least this many of them are known people (a given name or an honorific), not "Transport and Works" */
    private static final int MIN_KNOWN = 2;

    private NameLists() {
    }

    /** The person {@code m} stands in a list of names separated by commas and "and", within tokens [from, end). */
    static boolean isListed(AnalysedText at, MentionReader reader, Mention m, int from, int end) {
        int names = 1;
        int known = isKnownPerson(at, m) ? 1 : 0;
        int k = m.last() + 1;
        while (k < end && names < MIN_NAMES + 2) {
            int next = skipSeparators(at, k, end);
            if (next == k || next >= end) {
                break;
            }
            Mention after = reader.readForward(next, end);
            if (after == null || after.type() != Mention.Type.PERSON || after.first() != next) {
                break;
            }
            names++;
            known += isKnownPerson(at, after) ? 1 : 0;
            k = after.last() + 1;
        }
        k = m.first() - 1;
        while (k >= from && names < MIN_NAMES + 2) {
            int prev = skipSeparatorsBack(at, k, from);
            if (prev == k || prev < from) {
                break;
            }
            Mention before = reader.readBackward(prev, from);
            if (before == null || before.type() != Mention.Type.PERSON || before.last() != prev) {
                break;
            }
            names++;
            known += isKnownPerson(at, before) ? 1 : 0;
            k = before.first() - 1;
        }
        return names >= MIN_NAMES && known >= MIN_KNOWN;
    }

    /** A known given name, an honorific or a gender marks a person; "Transport and Works" has none. */
    private static boolean isKnownPerson(AnalysedText at, Mention m) {
        if (m.gender() != Gender.UNKNOWN) {
            return true;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            if (at.tok(k).has(Lexicon.FIRST_NAME) || at.tok(k).has(Lexicon.HONORIFIC)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSeparators(AnalysedText at, int k, int end) {
        while (k < end && isSeparator(at.tok(k))) {
            k++;
        }
        return k;
    }

    private static int skipSeparatorsBack(AnalysedText at, int k, int from) {
        while (k >= from && isSeparator(at.tok(k))) {
            k--;
        }
        return k;
    }

    private static boolean isSeparator(Token t) {
        return t.isPunct(',') || t.is("and");
    }
}
