package org.quotestance.detect;

import java.util.Set;

/**
 * Reads the phrase that names a speaker next to a speech cue: backwards from the word before the
 * cue ("U.S. Secretary of Defense Pete Hegseth | said"), or forwards after it ("said | Hegseth").
 * Every read looks at a bounded number of tokens, so the whole pass stays linear.
 */
final class MentionReader {
    private static final int MAX_RUN = 12;
    private static final int MAX_PARENTHESIS = 8;

    /** "Haddad’s office", "Bhatt’s campaign": a possessed noun that speaks for its owner */
    static final Set<String> OWNED_VOICES = Set.of("office", "campaign");

    private final Lexicon lex;
    private final String text;
    private final TokenList tokens;
    private final Affiliations affiliations;
    private final NominalReader nominals;
    /** the phrases read so far: the same read is asked by several passes */
    private final MentionCache backwardReads = new MentionCache(this::readBackwardUncached);

    private final NameWords words;
    private final OfficeRuns offices;
    private final RunClassifier runs;

    MentionReader(Lexicon lex, String text, TokenList tokens) {
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
        this.words = new NameWords(lex, text, tokens);
        this.offices = new OfficeRuns(this, lex, text, tokens);
        this.runs = new RunClassifier(this, lex, text, tokens);
        this.affiliations = new Affiliations(this, tokens);
        this.nominals = new NominalReader(this, lex, text, tokens);
    }

    boolean isPronoun(Token t) {
        return t.isWord() && !t.possessive && t.has(Lexicon.PRONOUN);
    }

    boolean isCueWord(Token t) {
        return t.isWord() && t.has(Lexicon.VERB);
    }

    /** A capitalised word that can be part of a name or title run (not "The", "Wednesday", "He"). */
    boolean isCapitalisedContent(Token t) {
        return words.isCapitalisedContent(t);
    }

    boolean isNamePart(Token t) {
        return words.isNamePart(t);
    }

    OfficeRuns offices() {
        return offices;
    }

    NameWords words() {
        return words;
    }

    String text() {
        return text;
    }

    boolean isAcronym(Token t) {
        return TokenShapes.isAcronym(text, t);
    }

    /** Reads the speaker phrase that ends at token {@code e}, never looking before {@code floor}. */
    Mention readBackward(int e, int floor) {
        return backwardReads.get(e, floor);
    }

    private Mention readBackwardUncached(int e, int floor) {
        if (e < floor || e < 0) {
            return null;
        }
        while (e > floor && tokens.get(e).has(Lexicon.NICKNAME)) {
            e--; // "Pushpa Kamal Dahal “Prachanda” said": the name before the nickname
        }
        Token last = tokens.get(e);
        if (e > floor && last.is("who") && !last.capitalised && !last.inQuote()) {
            return readBackwardUncached(e - 1, floor); // "quoted a source who said": the source, not "Who"
        }
        if (last.isPunct(')') && !last.inQuote()) {
            return beforeParenthesis(e, floor);
        }
        if (e > floor && GluedNames.at(tokens, e - 1)) {
            return GluedNames.endingAt(tokens, text, e); // "Which? said"
        }
        if (last.isPunct('.') && e - 1 > floor && tokens.get(e - 1).has(Lexicon.POSTNOMINAL)
                && tokens.get(e - 1).end == last.start) {
            return readBackwardUncached(e - 1, floor); // "President Ferdinand Marcos Jr. said"
        }
        if (e - 2 >= floor && last.has(Lexicon.POSTNOMINAL) && last.capitalised && !last.inQuote()
                && tokens.get(e - 1).isPunct(',') && tokens.get(e - 2).isWord() && tokens.get(e - 2).capitalised) {
            // "Ericka Hayes, MD, senior medical director …, says": the person her letters follow
            Mention person = readBackwardUncached(e - 2, floor);
            if (person != null && person.type() == Mention.Type.PERSON) {
                return person;
            }
        }
        if (last.inQuote() || !last.isWord() || words.isInitial(last) && last.has(Lexicon.FUNCTION)) {
            return null; // nor "A" of "Chief Minister A. Revanth Reddy": the name goes on after the initial
        }
        if (isPronoun(last)) {
            return new Mention(e, e, last.start, last.end, Mention.Type.PRONOUN, last.lower, null, last.lower,
                    lex.pronouns.get(last.lower), false);
        }
        if (e - 1 >= floor && last.capitalised && STYLES_OF_ADDRESS.contains(last.lower)
                && (tokens.get(e - 1).is("his") || tokens.get(e - 1).is("her"))) {
            // "His Excellency said …": the style of address stands for the dignitary the story is about, as "he" would
            Token his = tokens.get(e - 1);
            return new Mention(e - 1, e, his.start, last.end, Mention.Type.PRONOUN, text.substring(his.start, last.end), null,
                    his.lower.equals("his") ? "he" : "she", his.lower.equals("his") ? Gender.MALE : Gender.FEMALE, false);
        }
        if (e - 1 >= floor && tokens.get(e - 1).is("the") && (TokenShapes.isAgeDescriptor(last) || lex.describesPerson(last.base))) {
            // "the 47-year-old told the Courier", "the Englishman said": the age or the nationality
            // stands for the person the story is about, as "he" would
            Token the = tokens.get(e - 1);
            return new Mention(e - 1, e, the.start, last.end, Mention.Type.PRONOUN,
                    text.substring(the.start, last.end), null, last.base, lex.descriptorGender(last.base), false);
        }
        if (isCapitalisedContent(last) && isAtSentenceStart(e) && !last.possessive
                && lex.isGroupSource(last)) {
            return readNominal(e, floor); // "Sources close to the government said": capitalised only as the opener
        }
        Mention back = nominals.pointingBack(e, floor);
        if (back != null) {
            return back; // "The Ministry said", "the statement said"
        }
        if (isCapitalisedContent(last) && e + 1 < tokens.size() && tokens.get(e + 1).isPunct(',') && isAtSentenceStart(e)
                && NameWords.isSentenceAdverb(last)) {
            return null; // "Interestingly, …": an adverb opening the sentence is no name ("Vantly, which …" is)
        }
        if (isCapitalisedContent(last)) {
            Mention run = readNameRun(e, floor);
            if (run != null && run.type() == Mention.Type.PERSON && run.role() == null && run.first() - 1 >= floor
                    && words.isCapitalTheInside(run.first() - 1)) {
                run = organisation(run.first(), run.last()); // "In a statement, The Alfred said": a body's name
            }
            Mention group = run == null ? null : affiliations.sourceOf(run, floor);
            Mention person = run == null || group != null ? null : affiliations.personOf(run, floor);
            return group != null ? group : person != null ? person : run;
        }
        if (!last.capitalised || last.has(Lexicon.DETERMINER) || isAtSentenceStart(e)) {
            return readNominal(e, floor);
        }
        return null;
    }

    /**
     * "Rep. Maria Olvera (D-Calif.) said", "Jonas Berg (pictured) told": a short parenthesis between the name and
     * the cue belongs to the speaker phrase. The mention spans the parenthesis so the cue stays adjacent.
     */
    private Mention beforeParenthesis(int close, int floor) {
        for (int k = close - 1; k > floor && close - k <= MAX_PARENTHESIS; k--) {
            Token t = tokens.get(k);
            if (t.inQuote() || t.isPunct(')')) {
                return null;
            }
            if (t.isPunct('(')) {
                Mention m = readBackward(k - 1, floor);
                if (m == null || m.type() == Mention.Type.PRONOUN || m.possessive()) {
                    return null;
                }
                return new Mention(m.first(), close, m.start(), m.end(), m.type(), m.name(), m.role(), m.head(),
                        m.gender(), false);
            }
        }
        return null;
    }

    boolean isAtSentenceStart(int t) {
        return words.isAtSentenceStart(t);
    }

    Mention readNameRun(int e, int floor) {
        int i = e;
        boolean nounBeforeTitle = false;
        boolean bodyAnd = false;
        while (i - 1 >= floor && e - i < MAX_RUN) {
            Token p = tokens.get(i - 1);
            if (p.inQuote()) {
                break;
            }
            if (p.has(Lexicon.NICKNAME)) {
                i--; // "Francis “Chiz” Escudero"
                continue;
            }
            if (p.isWord()) {
                if (isCapitalisedContent(p) && !(isCueWord(p) && !p.capitalised) && !words.isOpeningParticiple(i - 1)) {
                    i--;
                    continue;
                }
                if (verbInsideName(i - 1, floor)) {
                    i--; // "Halima Said Omar"
                    continue;
                }
                if (p.capitalised && p.has(Lexicon.HONORIFIC)) {
                    i--; // "Ms. Rautio", "Mr Pryce": the honorific gives the gender
                    continue;
                }
                if (!p.capitalised && (p.has(Lexicon.TITLE) || p.has(Lexicon.ROLE_MODIFIER))) {
                    i--;
                    continue;
                }
                // "port director", "county clerk": one plain noun before a lower-case title
                if (!p.capitalised && !nounBeforeTitle && i < e && isPlainNoun(p)
                        && tokens.get(i).isWord() && !tokens.get(i).capitalised && tokens.get(i).has(Lexicon.TITLE)) {
                    nounBeforeTitle = true;
                    i--;
                    continue;
                }
                if (isPrepositionInsideName(i - 1, floor)) {
                    i--; // "Doctors Without Borders", "Mothers Against Drunk Driving"
                    continue;
                }
                if (p.has(Lexicon.CONNECTOR)) {
                    // "Charles de Gaulle", and chains of them: "Ursula von der Leyen", "Juan de la Cruz"
                    int k = i - 2;
                    while (k >= floor && k >= i - 3 && TokenShapes.isParticle(tokens.get(k))) {
                        k--;
                    }
                    if (k >= floor && isRunWord(tokens.get(k)) && !TokenShapes.isPlainWordOpening(tokens, k, i - 1)) {
                        i = k + 1;
                        continue;
                    }
                    if (isNameOpeningParticle(p)) {
                        i--; // "Al Jazeera", "De Beers", "Le Monde": a capitalised particle opens the name
                        break;
                    }
                }
                if (p.is("the") && i - 2 >= floor && tokens.get(i - 2).is("of")) {
                    i--;
                    continue;
                }
                if (p.is("the") && i - 3 >= floor && tokens.get(i - 2).is("in") && tokens.get(i - 3).capitalised
                        && tokens.get(i - 3).has(Lexicon.TITLE)) {
                    i -= 2; // "Minister in the Presidency Khumbudzo Ntshavheni": an office seated in a body
                    continue;
                }
                if (TokenShapes.isAndInBodyName(tokens, i - 1, floor, e + 1)) {
                    bodyAnd = true; // "Centers for Disease Control and Prevention"
                    i--;
                    continue;
                }
                break;
            }
            if (p.isPunct('.') && i - 2 >= floor && isAbbreviationBefore(i - 2, i - 1)) {
                i--;
                continue;
            }
            if (isPluralOwnerInBodyName(i, floor)) {
                i -= 2; // "The Seafarers' Union", "the Teachers’ Union": the members' word is the body's name
                continue;
            }
            // "Banfield & Co", "Procter & Gamble"
            if (p.isPunct('&') && i - 2 >= floor && isCapitalisedContent(tokens.get(i - 2))) {
                i--;
                continue;
            }
            break;
        }
        while (i < e && !tokens.get(i).isWord() || i < e && (tokens.get(i).has(Lexicon.CONNECTOR)
                && !isNameOpeningParticle(tokens.get(i)) || tokens.get(i).is("the"))) {
            i++;
        }
        if (bodyAnd) {
            return organisation(i, e);
        }
        int and = i - 1;
        if (and - 1 >= floor && tokens.get(and).is("and") && !tokens.get(and).inQuote()) {
            // "Ministry of Lands and Natural Resources", "Department of Health and Social Care"
            Mention body = readNameRun(and - 1, floor);
            if (body != null && body.type() == Mention.Type.ORGANISATION && body.last() == and - 1
                    && ofAfterOrganisationWord(body.first(), and)) {
                return organisation(body.first(), e);
            }
            Mention rest = classifyRun(i, e);
            Mention office = offices.joinedOffice(body, and, rest, i, e);
            if (office != null) {
                return office;
            }
            return rest;
        }
        return classifyRun(i, e);
    }

    /** Prepositions that some bodies write with a capital inside their names. */
    private static final java.util.Set<String> NAME_PREPOSITIONS = java.util.Set.of("without", "against", "sans", "beyond", "across");

    /** A capitalised "Without" or "Against" inside the sentence, between capitalised words: part of a body's name. */
    boolean isPrepositionInsideName(int j, int floor) {
        Token t = tokens.get(j);
        return t.capitalised && NAME_PREPOSITIONS.contains(t.lower) && j - 1 >= floor && j + 1 < tokens.size()
                && isCapitalisedContent(tokens.get(j - 1)) && isCapitalisedContent(tokens.get(j + 1)) && !isAtSentenceStart(j);
    }

    /** An apostrophe glued to a capitalised plural right before a body word that opens the run at {@code i}. */
    boolean isPluralOwnerInBodyName(int i, int floor) {
        Token mark = tokens.get(i - 1);
        char c = text.charAt(mark.start);
        if (i - 2 < floor || mark.kind != Token.Kind.MARK || mark.end != mark.start + 1 || c != '\'' && c != '’') {
            return false;
        }
        Token owner = tokens.get(i - 2);
        Token body = tokens.get(i);
        return owner.isWord() && owner.capitalised && owner.end == mark.start && owner.lower.endsWith("s")
                && !owner.inQuote() && body.capitalised && body.has(Lexicon.ORGANISATION);
    }

    /** "Al", "De", "Le", "Van": a particle written with a capital, which opens a name; never English "Of" or "For". */
    private static boolean isNameOpeningParticle(Token t) {
        return t.isWord() && t.capitalised && t.has(Lexicon.CONNECTOR) && !t.is("of") && !t.is("for");
    }

    /** The run holds "Ministry of", "Department of", "Council for": a body named by its fields. */
    private boolean ofAfterOrganisationWord(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if ((t.is("of") || t.is("for")) && tokens.get(k - 1).has(Lexicon.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }

    /** "Halima Said Omar", "Ahmed Says": a capitalised verb between name words is a name (Said, Saeed's cousin). */
    boolean verbInsideName(int j, int floor) {
        Token t = tokens.get(j);
        return t.capitalised && t.has(Lexicon.VERB) && j + 1 < tokens.size() && j - 1 >= floor
                && isNamePart(tokens.get(j - 1)) && tokens.get(j + 1).isWord() && isNamePart(tokens.get(j + 1))
                && !isAtSentenceStart(j);
    }

    boolean isPlainNoun(Token t) {
        return t.isWord() && !t.possessive && !t.has(Lexicon.FUNCTION) && !t.has(Lexicon.DETERMINER)
                && !t.has(Lexicon.VERB) && !t.has(Lexicon.FILLER_BEFORE)
                && !t.has(Lexicon.FILLER_AFTER) && !t.has(Lexicon.PRONOUN) && !t.base.endsWith("ly")
                && !t.base.endsWith("ed") && !t.base.endsWith("ing");
    }

    private boolean isRunWord(Token t) {
        return t.isWord() && (isCapitalisedContent(t) || t.has(Lexicon.TITLE) || t.has(Lexicon.ROLE_MODIFIER));
    }

    private boolean isAbbreviationBefore(int word, int dot) {
        Token w = tokens.get(word);
        return w.isWord() && w.end == tokens.get(dot).start
                && (w.has(Lexicon.ABBREVIATION) || w.has(Lexicon.HONORIFIC)
                || w.lower.length() == 1 || w.lower.indexOf('.') >= 0);
    }

    /** Splits a capitalised run into role words and a personal name, or takes it for an organisation: see {@link RunClassifier}. */
    Mention classifyRun(int i, int e) {
        return runs.classify(i, e);
    }

    boolean runHasOrganisationWord(int i, int e) {
        return runs.runHasOrganisationWord(i, e);
    }

    private Mention organisation(int i, int e) {
        return runs.organisation(i, e);
    }

    /** A nominal phrase ending at {@code e} ("the ministry", "a defense official"): see {@link NominalReader}. */
    Mention readNominal(int e, int floor) {
        return nominals.readNominal(e, floor);
    }

    /**
     * Styles of address that follow "His" or "Her" in place of a dignitary's name. "Majesty" and "Highness" are
     * left to the title list: read as pronouns they lost nine speakers on the older real sets.
     */
    private static final java.util.Set<String> STYLES_OF_ADDRESS = java.util.Set.of("excellency");

    /** Reads a speaker phrase that starts at token {@code s} ("said | Hegseth", "| former spokesman Matthew Miller wrote"). */
    Mention readForward(int s, int limit) {
        if (s >= limit || s >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(s);
        if (first.inQuote() || !first.isWord()) {
            return null;
        }
        if (GluedNames.at(tokens, s)) {
            // "said Which? director of policy Rocio Martín": the person the body's name qualifies, or the body
            Mention person = readForward(s + 2, limit);
            return person != null && person.type() == Mention.Type.PERSON ? person : GluedNames.endingAt(tokens, text, s + 1);
        }
        if (isPronoun(first)) {
            return readBackward(s, s);
        }
        int j = s;
        int lastGood = -1;
        while (j < limit && j - s < MAX_RUN) {
            Token t = tokens.get(j);
            if (t.inQuote()) {
                break;
            }
            if (t.has(Lexicon.NICKNAME) && j > s) {
                j++;
                continue;
            }
            if (t.isWord()) {
                boolean ok = isCapitalisedContent(t) && !(isCueWord(t) && j > s && !words.endsPlaceName(j))
                        || t.capitalised && t.has(Lexicon.HONORIFIC)
                        || (t.has(Lexicon.TITLE) || t.has(Lexicon.ROLE_MODIFIER)
                        || t.has(Lexicon.SOURCE) || t.has(Lexicon.ORGANISATION))
                        && !(t.has(Lexicon.FUNCTION) && !t.capitalised) // "who" is no WHO
                        || t.has(Lexicon.DETERMINER) && j == s
                        || (t.has(Lexicon.CONNECTOR) || t.is("the")) && j > s
                        || TokenShapes.isAndInBodyName(tokens, j, s, limit) || j > s && isPrepositionInsideName(j, s)
                        || j > s && !t.capitalised && !isCueWord(t) && !t.has(Lexicon.FUNCTION)
                        && !t.has(Lexicon.FILLER_BEFORE) && !t.has(Lexicon.FILLER_AFTER) && nominals.looksLikeModifier(j);
                if (!ok) {
                    break;
                }
                if (isCueWord(t) && !t.capitalised && !(j > s && (tokens.get(j - 1).has(Lexicon.DETERMINER)
                        || tokens.get(j - 1).is("news") || tokens.get(j - 1).is("press")))) { // "a news release"
                    break; // but "according to the state disaster management department": a noun after "the"
                }
                lastGood = j;
                if (t.possessive && j > s && !nominals.isHead(t)) {
                    // "Hegseth’s spokesman": keep reading to the head
                }
                j++;
            } else if (t.isPunct('.') && j > s && isAbbreviationBefore(j - 1, j) && j + 1 < limit
                    && tokens.get(j + 1).capitalised) {
                j++;
            } else {
                break;
            }
        }
        while (lastGood >= s && (tokens.get(lastGood).has(Lexicon.CONNECTOR)
                || tokens.get(lastGood).has(Lexicon.DETERMINER))) {
            lastGood--;
        }
        if (lastGood < s) {
            return null;
        }
        Mention m = readBackward(lastGood, s);
        if (m == null) {
            return null;
        }
        return SourcePostModifiers.extend(this, tokens, text, m, limit);
    }

    /** Reads an apposition after a comma ("Mark Rutte, NATO’s secretary general,") and returns it as a role. */
    String appositionRole(int commaToken, int limit) {
        return TokenShapes.appositionRole(text, tokens, commaToken, limit);
    }
}
