package org.quotestance.detect;


/** What a single token, or a few, look like: the small shape tests the speaker readers share. */
final class TokenShapes {
    private TokenShapes() {
    }

    /** The first "close"/"familiar"/"near" followed by "to" or "with" in tokens [from, to], or -1. */
    static int closeToWord(TokenList tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if ((t.is("close") || t.is("familiar") || t.is("near") || t.is("allied")) && (next.is("to") || next.is("with"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "MP Jan Kowalski", "co-author Jan Solberg": a month's abbreviation that is also a first name is
     * the name when a capitalised word follows it after one space ("on Jan 12", "the Jan window",
     * "Jan. 2023" stay dates).
     */
    static boolean isGivenNameNotDate(String text, Token t) {
        int after = t.end + 1;
        return t.has(Lexicon.FIRST_NAME) && !t.possessive && after < text.length() && text.charAt(t.end) == ' '
                && Character.isUpperCase(text.charAt(after));
    }

    /**
     * "Centers for Disease Control and Prevention", "Department of Health and Human Services": an "and"
     * between capitalised words after a body word and its "of"/"for" belongs to the body's name.
     */
    static boolean isAndInBodyName(TokenList tokens, int and, int floor, int limit) {
        if (and - 3 < floor || and + 1 >= limit || !tokens.get(and).is("and") || tokens.get(and).capitalised) {
            return false;
        }
        Token next = tokens.get(and + 1);
        if (!tokens.get(and - 1).capitalised || !next.isWord() || !next.capitalised || next.inQuote()) {
            return false;
        }
        for (int k = and + 1; k < Math.min(limit, and + 4) && tokens.get(k).isWord() && tokens.get(k).capitalised; k++) {
            if (tokens.get(k).has(Lexicon.ORGANISATION) && k > and + 1) {
                return true; // "Union Solidarity and Development Party", "Peace and Justice Movement"
            }
        }
        for (int k = and - 2; k >= Math.max(floor + 1, and - 4); k--) {
            Token c = tokens.get(k);
            if ((c.is("of") || c.is("for")) && tokens.get(k - 1).capitalised && tokens.get(k - 1).has(Lexicon.ORGANISATION)) {
                return true;
            }
            if (!c.capitalised) {
                return false;
            }
        }
        return false;
    }

    /** "Council Leader Smith", "Police Chief Diaz": a capitalised title right before one name word is a person's. */
    static boolean isTitledSurname(TokenList tokens, String text, int i, int nameStart, int e) {
        Token title = nameStart - 1 >= i ? tokens.get(nameStart - 1) : null;
        return nameStart == e && title != null && title.capitalised && title.has(Lexicon.TITLE)
                && !title.has(Lexicon.ORGANISATION) && !isAcronym(text, tokens.get(e));
    }

    /** "a 2019 Carver Coach Sentinel": a model year before a maker's name. */
    static boolean isModelYear(Token t) {
        return t.kind == Token.Kind.NUMBER && t.lower.length() == 4 && (t.lower.startsWith("19") || t.lower.startsWith("20"));
    }

    /** "47-year-old", "52-year-old": a person's age standing for the person. */
    static boolean isAgeDescriptor(Token t) {
        String w = t.base;
        return t.isWord() && w.length() > 9 && w.endsWith("-year-old") && Character.isDigit(w.charAt(0));
    }

    /**
     * "But", "And", "Yet" opening a sentence (asked of every sentence's first word, mostly a name): {@link
     * Token#is} compares references or lengths, where a set would first hash the name's new string.
     */
    static boolean isConjunction(Token t) {
        return t.is("but") || t.is("and") || t.is("yet");
    }

    /** "R-Alaska", "D-Ill.": the party and state an American paper puts after a lawmaker's name. */
    static boolean isPartyTag(Token t) {
        String w = t.lower;
        return w.length() > 3 && w.charAt(1) == '-' && (w.charAt(0) == 'r' || w.charAt(0) == 'd' || w.charAt(0) == 'i')
                && Character.isLetter(w.charAt(2));
    }

    /** Two to six letters, all capitals ("NATO", "U.S."), or such a word with a possessive ending. */
    /** "Inter-Services Public Relations (ISPR)": an acronym in brackets after a name makes it a body's. */
    static boolean acronymFollows(String text, TokenList tokens, int last) {
        if (last >= 3 && tokens.get(last).isPunct(')')) {
            last -= 3; // the reader took the brackets into the mention
        }
        return last + 3 < tokens.size() && tokens.get(last + 1).isPunct('(') && tokens.get(last + 3).isPunct(')')
                && tokens.get(last + 2).isWord() && tokens.get(last + 2).lower.length() >= 2 && isAcronym(text, tokens.get(last + 2));
    }

    /** "(FCT)", "(GNAT)": an acronym in brackets opens at token {@code k}, closing before {@code before}. */
    static boolean isAcronymInBrackets(String text, TokenList tokens, int k, int before) {
        return k + 2 < before && tokens.get(k).isPunct('(') && tokens.get(k + 2).isPunct(')') && isAcronym(text, tokens.get(k + 1));
    }

    static boolean isAcronym(String text, Token t) {
        // read in place: the readers ask this of most capitalised words
        int letters = 0;
        for (int i = t.start; i < t.end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return t.possessive && i >= t.end - 1 && letters >= 2;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    /** "von", "de", "der" in lower case inside a name; "of" and "for" belong to offices instead. */
    static boolean isParticle(Token t) {
        return t.isWord() && t.has(Lexicon.CONNECTOR) && !t.capitalised && !t.is("of") && !t.is("for");
    }

    /**
     * "Mohammed bin Salman", "Ursula von der Leyen": one to three particles and then a capitalised word;
     * and "Department of Justice", "Bank of the Philippine Islands": a body's name goes on past "of (the)".
     */
    static boolean nameGoesOnAfter(TokenList tokens, int k, int end) {
        int j = k;
        if (k > 0 && k + 2 < end && tokens.get(k).is("of") && tokens.get(k - 1).has(Lexicon.ORGANISATION)) {
            j = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        }
        while (j < end && j - k < 3 && isParticle(tokens.get(j))) {
            j++;
        }
        return j > k && j < end && tokens.get(j).isWord() && tokens.get(j).capitalised && !tokens.get(j).inQuote()
                && !tokens.get(j).has(Lexicon.FUNCTION);
    }

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "from", "near", "across",
            "outside", "inside", "into", "to", "around", "throughout");

    /**
     * "After meeting traders in Nairobi, the county head said …": a name after "in" or "at" is a
     * place closing an opening phrase, so the office after its comma is no apposition to it.
     */
    static boolean followsPlacePreposition(TokenList tokens, int first) {
        return first > 0 && tokens.get(first - 1).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(first - 1).lower);
    }

    /**
     * "kick-off at Stadium Cardiff", "a house in Ban Phitsanuloke": a name with no title, honorific or
     * known first name right after "at", "in" or "near" is a place, and no "he" stands for it.
     */
    static boolean namesPlace(TokenList tokens, Mention m) {
        Token before = wordBeforePlainName(tokens, m);
        return before != null && m.gender() == Gender.UNKNOWN && (before.is("at") || before.is("in") || before.is("near"));
    }

    /** Words before a name that make it a place or a thing, not someone a later "he" or "she" is about. */
    private static final java.util.Set<String> PLACE_LEADS = java.util.Set.of("around", "to", "into", "from", "in", "at", "near", "across",
            "via", "through", "where", "the", "toward", "towards", "outside", "inside", "within", "between");

    /** "the counties around Kerio Valley", "where Laikipia Nature Conservancy is": a name in a place phrase. */
    static boolean inPlacePhrase(TokenList tokens, Mention m) {
        Token before = wordBeforePlainName(tokens, m);
        return before != null && before.isWord() && !before.capitalised && PLACE_LEADS.contains(before.lower);
    }

    /** The token before a person's name with no role that owns nothing ("in Dale Whitcombe’s driveway"), or null. */
    private static Token wordBeforePlainName(TokenList tokens, Mention m) {
        return m.type() != Mention.Type.PERSON || m.role() != null || m.possessive() || m.first() == 0
                ? null : tokens.get(m.first() - 1);
    }

    /** Reads an apposition after a comma ("Mark Rutte, NATO’s secretary general,") and returns it as a role. */
    static String appositionRole(String text, TokenList tokens, int commaToken, int limit) {
        int s = commaToken + 1;
        if (s < limit && tokens.get(s).is("according")) {
            return null; // "believed to be Sydney, according to the Sheriff": a source, not her office
        }
        int j = s;
        boolean hasTitle = false;
        while (j < limit && j - s < 10) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.inQuote() || t.has(Lexicon.VERB) || ClauseOpenings.isAuxiliary(t)) {
                break; // "Ghotki, Sindh, the prime minister had stated": the office opens a clause of its own
            }
            if (t.has(Lexicon.TITLE) && !t.has(Lexicon.ROLE_MODIFIER) || t.has(Lexicon.TITLE) && j > s) {
                hasTitle = true;
            }
            j++;
        }
        if (!hasTitle || j == s) {
            return null;
        }
        // an apposition ends at a comma, a full stop, a cue or the end
        if (j < limit) {
            Token stop = tokens.get(j);
            boolean clean = stop.isPunct(',') || stop.isPunct('.') || stop.isPunct(';') || stop.isWord() && stop.has(Lexicon.VERB)
                    || stop.kind == Token.Kind.MARK;
            if (!clean) {
                return null;
            }
        }
        int from = s;
        Token f = tokens.get(from);
        if (f.has(Lexicon.DETERMINER) && (f.is("the") || f.is("a") || f.is("an"))) {
            from++;
        }
        if (from >= j) {
            return null;
        }
        return text.substring(tokens.get(from).start, tokens.get(j - 1).end);
    }

    /** The name's text from its first to its last token, a nickname in marks left out. */
    static String withoutNickname(TokenList tokens, String text, int from, int to) {
        int open = -1;
        int close = -1;
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).has(Lexicon.NICKNAME)) {
                open = open < 0 ? k : open;
                close = k;
            }
        }
        if (open < 0) {
            return text.substring(tokens.get(from).start, tokens.get(to).end);
        }
        return text.substring(tokens.get(from).start, tokens.get(open).start).strip() + " "
                + text.substring(tokens.get(close).end, tokens.get(to).end).strip();
    }

    private static final java.util.Set<String> CIRCUMSTANCE_OPENERS = java.util.Set.of("while", "when", "after", "before");

    /**
     * "while answering queries", "when asked about it", "after meeting the board": a clause of the
     * circumstances of speaking, after "…, said Hang"; what follows it is no longer what was said.
     */
    static boolean opensCircumstance(TokenList tokens, int k) {
        if (k + 1 >= tokens.size() || !CIRCUMSTANCE_OPENERS.contains(tokens.get(k).lower)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.isWord() && (next.is("asked") || next.lower.length() > 4 && next.lower.endsWith("ing"));
    }

    /**
     * "Shares of American Airlines fell": a sentence's first word is capitalised by the sentence alone, so before
     * "of" it joins a name only when it names a body or an office ("Bank of", "Secretary of").
     */
    static boolean isPlainWordOpening(TokenList tokens, int k, int connector) {
        Token t = tokens.get(k);
        return (k == 0 || tokens.get(k - 1).sentence != t.sentence) && tokens.get(connector).is("of")
                && !t.has(Lexicon.ORGANISATION) && !t.has(Lexicon.TITLE);
    }

    /** "Minister for Lands and Natural Resources Kweku Mensah": "Resources" ends the office, not the name. */
    static boolean endsAnOfficeName(TokenList tokens, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 2); k--) {
            Token t = tokens.get(k);
            if (t.is("of") || t.is("for") || t.is("and")) {
                return true;
            }
            if (!t.isWord() || !t.capitalised) {
                return false;
            }
        }
        return false;
    }

    /** "…, said the ministry citing its projects": a participle with no comma before it starts the speaker's aside. */
    static boolean isBareParticiple(TokenList tokens, int k, int end) {
        Token t = k < end ? tokens.get(k) : null;
        return t != null && t.isWord() && !t.capitalised && t.lower.length() > 5 && t.lower.endsWith("ing")
                && !t.has(Lexicon.FUNCTION) && !t.inQuote();
    }

    /** A capital after the token's first letter. */
    static boolean hasInnerCapital(String text, Token t) {
        return hasInnerCapital(text, t.start, t.end);
    }

    /** "MoFA", "NATO", "McCain": a capital after the first letter of {@code text}'s [from, to). */
    static boolean hasInnerCapital(CharSequence text, int from, int to) {
        for (int c = from + 1; c < to; c++) {
            if (Character.isUpperCase(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} holds {@code word} (lower case) as one of its words. */
    static boolean hasWord(String phrase, String word) {
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("[ ,;-]+")) { // "Vice-Chancellor" holds "chancellor"
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Speaking about the marchers led by Imran Khan, the interior minister said": a name inside the phrase
     * that opens the sentence with a participle; the nominal after its comma is the sentence's subject, no
     * apposition to the name.
     */
    static boolean insideOpeningPhrase(TokenList tokens, int first, int name) {
        Token opener = tokens.get(first);
        // and "In an interview with current affairs show Nieuwsuur, the VVD minister said": a preposition's object
        boolean setting = opener.is("in") || opener.is("during") || opener.is("at");
        if (name <= first + 1 || !opener.isWord() || !setting && (opener.lower.length() < 6 || !opener.lower.endsWith("ing"))) {
            return false;
        }
        for (int k = first + 1; k < name; k++) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).inQuote()) {
                return false;
            }
        }
        return true;
    }

    /** A word a speech cue's subject can end on: a name, a title, a source noun or a pronoun, not "had been". */
    static boolean couldEndSubject(Token t) {
        return t.isWord() && !ClauseOpenings.isAuxiliary(t) && (t.capitalised || t.has(Lexicon.TITLE)
                || t.has(Lexicon.PRONOUN) || t.has(Lexicon.SOURCE));
    }
}
