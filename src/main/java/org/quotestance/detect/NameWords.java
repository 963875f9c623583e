package org.quotestance.detect;

/**
 * What a single word of a capitalised run is: a name word, an initial ("A. Revanth Reddy"), a month that is a
 * surname ("Theresa May"), an honorific inside a name ("Halgurd Sheikh Najib"), or a sentence's opening
 * adverb or participle ("Interestingly,", "Regarding Teesta,"). Split from {@link MentionReader}.
 */
final class NameWords {
    /** how many tokens back a lone word is looked for as the end of an earlier full name */
    private static final int NAME_LOOKBACK = 3000;
    static final java.util.Set<String> SPOKESPERSONS = java.util.Set.of("spokesman", "spokeswoman", "spokesperson");
    private final Lexicon lex;
    private final String text;
    private final TokenList tokens;

    NameWords(Lexicon lex, String text, TokenList tokens) {
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
    }

    /** A capitalised word that can be part of a name or title run (not "The", "Wednesday", "He"). */
    boolean isCapitalisedContent(Token t) {
        return t.isWord() && t.capitalised
                && (t.has(Lexicon.TIME) ? TokenShapes.isGivenNameNotDate(text, t) || isSurnameAfterGivenName(t)
                : !t.has(Lexicon.FUNCTION) || isInitial(t) || isFunctionWordSurname(t))
                && !t.has(Lexicon.PRONOUN) && !TokenShapes.isPartyTag(t) && !isModalOpeningQuestion(t);
    }

    /** how far a question opened by "Will" may run to its question mark */
    private static final int QUESTION_REACH = 200;

    /** "Will Dutton own Saturday’s outcome?": "Will" opening a question is the verb, not a given name. */
    private boolean isModalOpeningQuestion(Token t) {
        if (!t.lower.equals("will") || t.start > 0 && text.charAt(t.start - 1) != '\n'
                && !(t.start >= 2 && text.charAt(t.start - 1) == ' ' && ".!?\n".indexOf(text.charAt(t.start - 2)) >= 0)) {
            return false;
        }
        for (int i = t.end; i < text.length() && i - t.end < QUESTION_REACH; i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** A run read as a person that has no known given name, honorific or title: "Civic Education", "Water Resources". */
    boolean noPersonalWord(Mention m) {
        return noPersonalWord(m.first(), m.last());
    }

    /** Tokens [first, last] hold no known given name, honorific, title or initial, and are three words at most. */
    boolean noPersonalWord(int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.has(Lexicon.FIRST_NAME) || t.has(Lexicon.HONORIFIC) || t.has(Lexicon.TITLE) || isInitial(t)) {
                return false;
            }
        }
        return last - first <= 2;
    }

    /** "Chief Minister A. Revanth Reddy": a capital letter with a full stop is an initial, not the article "a". */
    boolean isInitial(Token t) {
        return t.end - t.start == 1 && t.end + 2 < text.length() && text.charAt(t.end) == '.' && text.charAt(t.end + 1) == ' '
                && Character.isUpperCase(text.charAt(t.end + 2)) || isBareInitialAfterTitle(t);
    }

    /**
     * "Police Commissioner A Arun", "Minister P A Mohamed Riyas": South Indian copy writes initials with no full
     * stop, so a capital letter between a title (or another initial) and a capitalised word is one.
     */
    private boolean isBareInitialAfterTitle(Token t) {
        if (t.end - t.start != 1 || !Character.isUpperCase(text.charAt(t.start)) || t.start < 3 || t.end + 1 >= text.length()
                || text.charAt(t.end) != ' ' || !Character.isUpperCase(text.charAt(t.end + 1)) || text.charAt(t.start - 1) != ' ') {
            return false;
        }
        int b = startOfWordBefore(t.start - 1);
        if (b == t.start - 1 || !Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        String before = text.substring(b, t.start - 1).toLowerCase(java.util.Locale.ROOT);
        return before.length() == 1 && b > 0 && text.charAt(b - 1) == ' ' || lex.titles.containsKey(before);
    }

    /** "Senior Serviceman Mark Prior said": a longer function word capitalised after a given name is a surname. */
    private boolean isFunctionWordSurname(Token t) {
        return t.lower.length() >= 4 && isSurnameAfterGivenName(t);
    }

    /** "Prime Minister Theresa May has apologised": a month's name after a known first name is a surname, not "May 5". */
    private boolean isSurnameAfterGivenName(Token t) {
        int s = t.start;
        if (lex.weekdays.contains(t.lower) || s < 3 || text.charAt(s - 1) != ' ' || t.end + 1 < text.length() && Character.isDigit(text.charAt(t.end + 1))) {
            return false;
        }
        int b = startOfWordBefore(s - 1);
        return b < s - 1 && Character.isUpperCase(text.charAt(b))
                && lex.firstNames.containsKey(text.substring(b, s - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The first letter of the letters that end right before {@code space}; {@code space} itself when there are none. */
    private int startOfWordBefore(int space) {
        int b = space;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    static boolean isSentenceAdverb(Token t) {
        String w = t.lower;
        return w.length() >= 9 && !t.has(Lexicon.FIRST_NAME) && (w.endsWith("ingly") || w.endsWith("edly")
                || w.endsWith("ently") || w.endsWith("ously") || w.endsWith("ately") || w.endsWith("ally"));
    }

    /**
     * "Regarding Teesta, he said …", "Terming Al Jazeera's report …": a long "-ing" word opening the sentence,
     * whose name run ends in a comma or a possessive, is no name word; "Viking Strait Lines rejected …" is.
     */
    boolean isOpeningParticiple(int k) {
        Token t = tokens.get(k);
        if (t.lower.length() < 6 || !t.lower.endsWith("ing") || t.has(Lexicon.FIRST_NAME) || t.has(Lexicon.ROLE_MODIFIER)
                || t.has(Lexicon.TITLE) || t.possessive || !isAtSentenceStart(k)) {
            return false;
        }
        int j = k + 1;
        while (j < tokens.size() && j - k <= 4 && isCapitalisedContent(tokens.get(j)) && !tokens.get(j).possessive) {
            j++;
        }
        return j > k + 1 && j < tokens.size() && (tokens.get(j).isPunct(',') || tokens.get(j).possessive);
    }

    boolean isAtSentenceStart(int t) {
        return t == 0 || tokens.get(t - 1).sentence != tokens.get(t).sentence;
    }

    /** "Halgurd Sheikh Najib": an honorific between two name words is one of the words of the name. */
    boolean honorificInsideName(int j, int i, int count) {
        Token t = tokens.get(j);
        return count > 0 && j - 1 >= i && t.capitalised && t.has(Lexicon.HONORIFIC) && !t.has(Lexicon.TITLE)
                && !tokens.get(j + 1).isPunct('.') && isNamePart(tokens.get(j - 1)) && !tokens.get(j - 1).has(Lexicon.PLACE)
                && !TokenShapes.isAcronym(text, tokens.get(j - 1)) && !TokenShapes.isAcronym(text, t) // "ACP Agordzo": a rank in capitals
                && (!isAtSentenceStart(j - 1) || tokens.get(j - 1).has(Lexicon.FIRST_NAME)); // not "Afterwards Cllr Williams"
    }

    boolean isNamePart(Token t) {
        return isCapitalisedContent(t) && !t.has(Lexicon.TITLE) && !t.has(Lexicon.ORGANISATION)
                && !t.has(Lexicon.HONORIFIC) && !t.has(Lexicon.VERB);
    }

    /** "United States Ambassador Elizabeth Richard": a capitalised word that is also a verb ends a place's name. */
    boolean endsPlaceName(int j) {
        Token t = tokens.get(j);
        Token before = tokens.get(j - 1);
        return t.capitalised && before.isWord() && before.capitalised && before.end + 1 == t.start
                && lex.isPlace(before.lower + " " + t.lower, null);
    }

    /** "In a statement, The Alfred said": a capital "The" inside a sentence opens the name of a body. */
    boolean isCapitalTheInside(int k) {
        Token the = tokens.get(k);
        return the.is("the") && the.capitalised && !isAtSentenceStart(k) && !the.inQuote();
    }

    /**
     * "Heather has lived beside the house for a decade.": a known given name alone, as papers name residents who
     * give no surname, carries its gender; one that an earlier full name ends in ("Sarah James … James said") does not.
     */
    boolean loneGivenName(int nameStart, int e) {
        if (nameStart != e) {
            return false;
        }
        return !endsEarlierFullName(e);
    }

    /**
     * Whether the word at {@code k} ended a capitalised run earlier in the text ("Andrii Sybiha … Sybiha"),
     * looked for over the last {@link #NAME_LOOKBACK} tokens only, so that reading stays linear on any input.
     */
    boolean endsEarlierFullName(int k) {
        Token word = tokens.get(k);
        for (int j = Math.max(1, k - NAME_LOOKBACK); j < k; j++) {
            if (tokens.get(j).base.equals(word.base) && tokens.get(j - 1).isWord() && tokens.get(j - 1).capitalised) {
                return true;
            }
        }
        return false;
    }

    /** The spokesperson word of "spokesman for …" in the role words [i, nameStart), or -1. */
    int spokespersonFor(int i, int nameStart) {
        for (int k = i; k + 1 < nameStart; k++) {
            if (SPOKESPERSONS.contains(tokens.get(k).lower) && (tokens.get(k + 1).is("for") || tokens.get(k + 1).is("to"))) {
                return k;
            }
        }
        return -1;
    }
}
