package org.quotestance.detect;

import java.util.Set;

/**
 * Whether the words right after a speech cue with no "that" open a reported clause ("said demand
 * had recovered", "says she's grateful", "said nearly 25 million people need …") rather than
 * anything else the verb can take ("said goodbye", "said in Paris").
 */
final class ClauseOpenings {
    private static final int SHORT_NOUN_PHRASE = 5;
    private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "you", "there",
            "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "that", "our", "no", "some",
            "all", "any", "many", "most", "every", "each", "both", "such", "if", "while", "whilst", "although", "because", "none",
            "nobody", "everyone", "everybody", "someone");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "could", "can",
            "should", "might", "may", "must", "has", "have", "had", "did", "does", "do");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "one", "several", "more", "fewer", "about", "almost", "nearly", "only");
    /** "nearly 25 million", "about 300": an approximate quantity in front of a number */
    private static final Set<String> APPROXIMATELY = Set.of("nearly", "about", "almost", "around", "roughly", "some",
            "over", "approximately");

    private final AnalysedText at;

    ClauseOpenings(AnalysedText at) {
        this.at = at;
    }

    /** what follows "said this" when "this" is the thing said: a place, a time or a listener */
    private static final java.util.Set<String> AFTER_SPOKEN_THIS = java.util.Set.of("at", "on", "in", "to", "during",
            "after", "before", "while", "whilst", "when", "as");

    boolean opensClause(int k) {
        Token t = at.tok(k);
        if (t.kind == Token.Kind.MARK && t.markRole == Token.MarkRole.OPEN) {
            return quotedModifierThenNoun(k);
        }
        if (t.inQuote() || !t.isWord() && t.kind != Token.Kind.NUMBER) {
            return false;
        }
        // "says Monday's check found …": a day in the possessive opens a noun phrase, not a time
        // "said not everyone has left", "says not only are the deputies needed"; "said not to" is an order
        if (t.is("not")) {
            return k + 1 < at.tokens.size() && at.tok(k + 1).isWord() && !at.tok(k + 1).is("to")
                    && !at.tok(k + 1).inQuote();
        }
        if (t.is("this") && k + 1 < at.tokens.size() && (!at.tok(k + 1).isWord()
                || AFTER_SPOKEN_THIS.contains(at.tok(k + 1).lower))) {
            return false; // "The Minister said this at a press conference": "this" is what was said, not a clause
        }
        return CLAUSE_OPENERS.contains(t.lower) || t.capitalised && (!t.has(Lexicon.TIME) || t.possessive)
                || t.kind == Token.Kind.NUMBER || nounPhraseBeforeVerb(k) || opensWithQuantity(k)
                || isContractedOpener(t) || approximateNumber(k) || bareSubjectAndVerb(k) || bareSubjectAndQuotedVerb(k)
                || nounsBeforePastVerb(k) || opensWithTheTime(k);
    }

    /** "said at the time Mr. Hichilema ran into the bush, police had moved in": a clause of time opens the report. */
    private boolean opensWithTheTime(int k) {
        return k + 3 < at.tokens.size() && at.tok(k).is("at") && (at.tok(k + 1).is("the") || at.tok(k + 1).is("that"))
                && at.tok(k + 2).is("time") && at.tok(k + 3).isWord() && !at.tok(k + 3).is("of");
    }

    /**
     * "said police personnel rushed to the spot", "said police investigations linked to the raids were
     * ongoing": a few nouns with no function word among them, then a verb in the past tense.
     */
    private boolean nounsBeforePastVerb(int k) {
        for (int i = k; i < Math.min(at.tokens.size(), k + SHORT_NOUN_PHRASE + 1); i++) {
            Token t = at.tok(i);
            // the verb may be a cue of its own: "said regulating officers informed her office that …"
            if (i > k && t.isWord() && !t.inQuote() && !t.capitalised && isPastTense(at, t)) {
                return true;
            }
            if (!t.isWord() || t.inQuote() || at.cueAt[i] >= 0 || t.has(Lexicon.FUNCTION) || t.has(Lexicon.TIME)
                    || t.has(Lexicon.FILLER_AFTER) || t.lower.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "says “pretty substantial” progress has been made": a short quoted modifier, then a lower-case
     * noun, opens the reported clause ("said “no” to the plan" does not: a function word follows).
     */
    private boolean quotedModifierThenNoun(int open) {
        int k = open + 1;
        while (k < at.tokens.size() && k - open <= 5 && at.tok(k).inQuote() && at.tok(k).isWord()) {
            k++;
        }
        if (k == open + 1 || k + 1 >= at.tokens.size() || at.tok(k).markRole != Token.MarkRole.CLOSE) {
            return false;
        }
        Token noun = at.tok(k + 1);
        return noun.isWord() && !noun.capitalised && !noun.has(Lexicon.FUNCTION) && !noun.has(Lexicon.PRONOUN)
                && !noun.has(Lexicon.FILLER_AFTER) && at.cueAt[k + 1] < 0;
    }

    /**
     * "said employers “can no longer pretend …”", "said residents “were terrified”": a bare plural
     * noun and a quotation that opens in lower case, on its verb.
     */
    private boolean bareSubjectAndQuotedVerb(int k) {
        if (k + 2 >= at.tokens.size() || !isBarePlural(at.tok(k))) {
            return false;
        }
        Token mark = at.tok(k + 1);
        Token word = at.tok(k + 2);
        return mark.markRole == Token.MarkRole.OPEN && word.isWord() && word.inQuote() && !word.capitalised
                && !word.has(Lexicon.DETERMINER);
    }

    /**
     * "said managers needed more money", "says operators need the power to …": a bare plural noun
     * and a verb with no auxiliary. Without a part-of-speech tagger the verb is told by its past-tense
     * ending, or by the determiner or "to" right after it; a lone plural ("said thanks") opens nothing.
     */
    private boolean bareSubjectAndVerb(int k) {
        if (k + 2 >= at.tokens.size()) {
            return false;
        }
        Token noun = at.tok(k);
        Token verb = at.tok(k + 1);
        Token after = at.tok(k + 2);
        if (!isBarePlural(noun) || !verb.isWord() || verb.capitalised || verb.inQuote() || verb.has(Lexicon.FUNCTION)
                || verb.has(Lexicon.TIME) || verb.lower.endsWith("ly") || at.cueAt[k + 1] >= 0) {
            return false;
        }
        boolean past = isPastTense(at, verb);
        boolean object = after.isWord() && !after.inQuote() && (after.has(Lexicon.DETERMINER) || after.is("to")
                || after.is("more") || after.is("less") || after.is("no"));
        return past || object;
    }

    /** Verbs that want "that" but, as reporting verbs, also take a clause without it. */
    private static final String[] REPORTING_STEMS = {"report", "note", "confirm", "announce", "stress", "state"};

    /**
     * "reported the department’s antitrust division is preparing …": a reporting verb that otherwise wants
     * "that" still reports a clause when a short noun phrase and a finite auxiliary follow it ("agreed the
     * layoffs were a shock" and "denied the turbine had shifted" stay unreported).
     */
    boolean reportsWithoutThat(Token cue, int k) {
        for (String stem : REPORTING_STEMS) {
            if (cue.lower.startsWith(stem)) {
                return subjectThenAuxiliary(k);
            }
        }
        return false;
    }

    private boolean subjectThenAuxiliary(int k) {
        if (k >= at.tokens.size() || !at.tok(k).is("the") && !at.tok(k).possessive) {
            return false;
        }
        for (int i = k + 1; i < Math.min(at.tokens.size(), k + SHORT_NOUN_PHRASE + 2); i++) {
            Token t = at.tok(i);
            if (!t.isWord() || t.inQuote() || at.cueAt[i] >= 0) {
                return false;
            }
            if (AUXILIARIES.contains(t.lower)) {
                return i > k + 1 && !at.tok(i - 1).has(Lexicon.FUNCTION);
            }
            if (t.has(Lexicon.FUNCTION) || t.has(Lexicon.TIME)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBarePlural(Token t) {
        String w = t.lower;
        return t.isWord() && !t.capitalised && !t.inQuote() && !t.possessive && w.length() > 3 && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("ly") && !t.has(Lexicon.FUNCTION) && !t.has(Lexicon.TIME)
                && !t.has(Lexicon.FILLER_AFTER);
    }


    /** "she's", "they're", "we've", "it'll": a subject pronoun with its verb contracted onto it. */
    static boolean isContractedOpener(Token t) {
        if (t.possessive) {
            return CLAUSE_OPENERS.contains(t.base); // "she's" is read as a possessive ending
        }
        int apostrophe = t.lower.indexOf('\'');
        if (apostrophe < 0) {
            apostrophe = t.lower.indexOf('’');
        }
        return apostrophe > 0 && CLAUSE_OPENERS.contains(t.lower.substring(0, apostrophe));
    }

    /** "said nearly 25 million people need aid", "said about 300 homes lost power". */
    private boolean approximateNumber(int k) {
        return k + 1 < at.tokens.size() && APPROXIMATELY.contains(at.tok(k).lower)
                && at.tok(k + 1).kind == Token.Kind.NUMBER;
    }

    /** "said at least two people were injured", "said more than 300 homes had lost power". */
    private boolean opensWithQuantity(int k) {
        if (k + 2 >= at.tokens.size()) {
            return false;
        }
        Token t = at.tok(k);
        Token next = at.tok(k + 1);
        boolean quantity = t.is("at") && (next.is("least") || next.is("most"))
                || (t.is("more") || t.is("fewer") || t.is("less")) && next.is("than")
                || t.is("up") && next.is("to");
        return quantity && (at.tok(k + 2).kind == Token.Kind.NUMBER || NUMBER_WORDS.contains(at.tok(k + 2).lower)
                || at.tok(k + 2).is("a") || at.tok(k + 2).is("half"))
                && (nounPhraseBeforeVerb(k + 2)
                || at.tok(k + 2).kind == Token.Kind.NUMBER && k + 3 < at.tokens.size() && nounPhraseBeforeVerb(k + 3));
    }

    /** "said exports had recovered", "said two of the six nurses had left": a bare subject and its auxiliary. */
    private boolean nounPhraseBeforeVerb(int k) {
        Token first = at.tok(k);
        if (!first.isWord() || first.has(Lexicon.FILLER_AFTER) || first.has(Lexicon.TIME) || first.lower.endsWith("ly")
                || first.has(Lexicon.FUNCTION) && !NUMBER_WORDS.contains(first.lower)) {
            return false;
        }
        for (int i = k + 1; i < Math.min(at.tokens.size(), k + 9); i++) {
            Token t = at.tok(i);
            if (!t.isWord() && t.kind != Token.Kind.NUMBER || t.inQuote() || at.cueAt[i] >= 0) {
                return false;
            }
            if (AUXILIARIES.contains(t.lower)) {
                return i > k;
            }
        }
        return false;
    }

    /** "(Bloomberg) —", "(AP) -", "(CMC):": the token after a bracketed agency credit and dash that opens a paragraph, or {@code start}. */
    private static int agencyCredit(AnalysedText at, int start) {
        if (start + 3 >= at.tokens.size() || !at.tok(start).isPunct('(')) {
            return start;
        }
        int k = start + 1;
        while (k < at.tokens.size() && k - start <= 4 && at.tok(k).isWord() && at.tok(k).capitalised) {
            k++;
        }
        if (k == start + 1 || k + 1 >= at.tokens.size() || !at.tok(k).isPunct(')')) {
            return start;
        }
        Token dash = at.tok(k + 1);
        if (dash.isWord() && dash.capitalised && start == at.paragraphs.get(at.tok(start).paragraph).firstToken()) {
            return k + 1; // "(Memphis) People in an East Memphis neighborhood say …": a TV station's city, no dash
        }
        // "(CMC): The Trinidad and Tobago government …": Caribbean and South Asian wires end it with a colon
        return dash.isPunct('—') || dash.isPunct('–') || dash.isPunct('-') || dash.isPunct(':') ? k + 2 : start;
    }

    /** The first paragraph of the story after its headline and any furniture (byline, date). */
    static boolean opensStory(AnalysedText at, int paragraph) {
        for (int p = 0; p < paragraph; p++) {
            if (p != at.headline && !at.furniture[p]) {
                return false;
            }
        }
        return true;
    }

    /** "rejected", "said", "told": a past-tense form, regular (longer than four letters) or listed. */
    static boolean isPastTense(AnalysedText at, Token t) {
        return t.lower.length() > 4 && t.lower.endsWith("ed") || at.lex.irregularPast.contains(t.lower);
    }

    /** "had", "will", "is": a word that opens a predicate. */
    static boolean isAuxiliary(Token t) {
        return t.isWord() && AUXILIARIES.contains(t.lower);
    }

    /**
     * "WASHINGTON — The White House …", "OSLO, July 29 (MNW) — European governments …", "SAN JOSE,
     * Calif., Oct 29 (Meridian Business Wire) - Halvorsen …", "Washington —
     * Senate leaders …": the first token after a dateline that opens the paragraph, when a clause
     * found at {@code from} starts inside or right after it; otherwise {@code from}.
     */
    static int afterDateline(AnalysedText at, int from) {
        if (from >= at.tokens.size()) {
            return from; // "said Hegseth that" at the very end: no clause, nothing to trim
        }
        int start = at.paragraphs.get(at.tok(from).paragraph).firstToken();
        int agency = agencyCredit(at, start);
        if (agency > start) {
            return Math.max(from, agency); // "(Bloomberg) — Domino's Pizza Inc. …"
        }
        Token first = at.tok(start);
        if (from - start > 10 || !first.isWord() || !first.capitalised) {
            return from;
        }
        boolean capitals = first.end - first.start > 1 && Character.isUpperCase(at.text.charAt(first.start + 1));
        boolean bracket = false;
        boolean dated = false;
        boolean comma = false;
        boolean datedBefore = false;
        for (int k = start + 1; k < Math.min(at.tokens.size() - 1, start + (capitals ? 16 : bracket ? 7 : 5)); k++) {
            Token t = at.tok(k);
            if (t.inQuote() || t.paragraph != first.paragraph
                    || t.isWord() && !t.capitalised && !Character.isDigit(at.text.charAt(t.start))) { // "6th May"
                return from;
            }
            bracket |= t.isPunct('(');
            dated |= bracket && t.kind == Token.Kind.NUMBER;
            datedBefore |= !bracket && comma && t.kind == Token.Kind.NUMBER;
            // "Thiruvananthapuram, Jan 20 (IANS) Leader of the Opposition …": a wire's place, date and credit
            if (t.isPunct(')') && datedBefore && TokenShapes.isAcronym(at.text, at.tok(k - 1)) && at.tok(k - 2).isPunct('(')
                    && at.tok(k + 1).isWord() && at.tok(k + 1).capitalised) {
                return Math.max(from, k + 1);
            }
            // "WASHINGTON, DC (June 9, 2016) Congresswoman …": a press release dates its dateline in brackets
            if (t.isPunct(')') && capitals && dated && at.tok(k + 1).isWord() && at.tok(k + 1).capitalised) {
                return Math.max(from, k + 1);
            }
            // "ISLAMABAD: …", "Kolaghat (WB) : …": South Asian and Gulf papers end the dateline with a colon;
            // "Chikkamagaluru: Karnataka Chief Minister …" in title case, one word, opening the story
            // and "Debjit Mukherjee, Kolkata: TMC supremo …": a byline and the place before the colon
            if ((t.isPunct('—') || t.isPunct('–') || t.isPunct('-')) && (capitals || bracket || k < start + 4) || t.isPunct(':') && (capitals || bracket
                    || (k == start + 1 || comma) && opensStory(at, first.paragraph))) {
                return Math.max(from, k + 1);
            }
            comma |= t.isPunct(',');
            // "Jakarta, President Joko Widodo brushed aside …": a capital and a comma opening the story
            if (t.isPunct(',') && k == start + 1 && !capitals && first.has(Lexicon.PLACE) && opensStory(at, first.paragraph)
                    && at.tok(k + 1).isWord() && at.tok(k + 1).capitalised && !at.tok(k + 1).has(Lexicon.PLACE)
                    && !at.tok(k + 1).has(Lexicon.TIME)) { // not "TALLINN, Estonia, Nov 3 (…) -", read below
                return Math.max(from, k + 1);
            }
        }
        return from;
    }
}
