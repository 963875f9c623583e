package org.quotestance.detect;

import java.util.Set;

/**
 * What follows an unnamed source and belongs to it: "two people familiar with the negotiations",
 * "a person close to the talks", "officials with knowledge of the plan".
 */
final class SourcePostModifiers {
    private static final Set<String> SOURCE_POST_MODIFIERS = Set.of("familiar", "involved", "briefed",
            "knowledgeable", "close", "from");

    private SourcePostModifiers() {
    }

    /** "two people familiar with the negotiations": the description of an unnamed source runs on. */
    static Mention extend(MentionReader reader, TokenList tokens, String text, Mention m, int limit) {
        if (m.type() != Mention.Type.ANONYMOUS && m.type() != Mention.Type.GROUP) {
            return m;
        }
        int k = m.last() + 1;
        if (k >= limit || !tokens.get(k).isWord()
                || !SOURCE_POST_MODIFIERS.contains(tokens.get(k).lower) && !withKnowledgeAt(tokens, k, limit)) {
            return m;
        }
        int end = k;
        for (int j = k + 1; j < Math.min(limit, k + 8); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.inQuote() || reader.isCueWord(t) && !isPluralNoun(tokens, j, k, m) || t.is("that")
                    || ClauseOpenings.isAuxiliary(t)) {
                break; // "Researchers from Yale University are offering …": the predicate starts
            }
            end = j;
        }
        if (end == k) {
            return m;
        }
        return new Mention(m.first(), end, m.start(), tokens.get(end).end, m.type(),
                text.substring(m.start(), tokens.get(end).end), m.role(), m.head(), m.gender(), m.possessive());
    }

    /**
     * "two diplomats from northern member states said", "an official from one of those states.": a cue
     * word in -s inside the modifier is a plural noun when a plural source could not take it as its verb
     * or when nothing follows it.
     */
    private static boolean isPluralNoun(TokenList tokens, int j, int k, Mention m) {
        Token t = tokens.get(j);
        boolean last = j + 1 >= tokens.size() || !tokens.get(j + 1).isWord();
        return j > k + 1 && t.lower.endsWith("s") && !t.is("says") && tokens.get(j - 1).isWord()
                && (m.type() == Mention.Type.GROUP || last);
    }

    /** "with knowledge of the talks", "with direct knowledge of …": how an unnamed source knows. */
    private static boolean withKnowledgeAt(TokenList tokens, int k, int limit) {
        return tokens.get(k).is("with") && (k + 1 < limit && tokens.get(k + 1).is("knowledge")
                || k + 2 < limit && tokens.get(k + 2).is("knowledge"));
    }
}
