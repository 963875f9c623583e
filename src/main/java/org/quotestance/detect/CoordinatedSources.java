package org.quotestance.detect;

/**
 * "Three analysts and one shareholder told Reuters", "Two nurses and a doctor said": unnamed sources
 * joined by "and" speak together, as one group, not as the last of them.
 */
final class CoordinatedSources {
    private CoordinatedSources() {
    }

    /** The group that {@code m} closes, or {@code m} itself. */
    static Mention widen(AnalysedText at, MentionReader reader, Mention m, int floor) {
        if (m == null || !isUnnamedSource(m) || m.first() - 2 < floor || !at.tok(m.first() - 1).is("and")) {
            return m;
        }
        Mention other = reader.readBackward(m.first() - 2, floor);
        if (other == null || !isUnnamedSource(other) || other.last() != m.first() - 2) {
            return m;
        }
        return new Mention(other.first(), m.last(), other.start(), m.end(), Mention.Type.GROUP,
                at.text.substring(other.start(), m.end()), null, other.head(), Gender.PLURAL, false);
    }

    private static boolean isUnnamedSource(Mention m) {
        return m.type() == Mention.Type.ANONYMOUS || m.type() == Mention.Type.GROUP;
    }
}
