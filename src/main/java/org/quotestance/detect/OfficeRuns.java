package org.quotestance.detect;

/**
 * Offices written out over a field or a body inside a capitalised run: "the head of the National Tourism
 * Promotion Fund", "Minister for National Heritage and Culture", "The Minister of Information and
 * Communications of Kazakhstan", "Minister of Tourism and Lands Harin Fernando". Split from {@link MentionReader}.
 */
final class OfficeRuns {
    private final MentionReader reader;
    private final Lexicon lex;
    private final String text;
    private final TokenList tokens;

    OfficeRuns(MentionReader reader, Lexicon lex, String text, TokenList tokens) {
        this.reader = reader;
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
    }

    /**
     * A run that goes on after the "and" at {@code and} of an office over a field ({@code body}): the whole office
     * when what follows names no person, the person with the whole office as role when a name ends it; else null.
     */
    Mention joinedOffice(Mention body, int and, Mention rest, int i, int e) {
        if (body == null || body.type() != Mention.Type.ROLE_NOMINAL || body.last() != and - 1 || rest == null) {
            return null;
        }
        boolean overField = body.name().contains(" for ") || body.name().contains(" of ");
        if (overField && (rest.type() == Mention.Type.PERSON && (rest.name().indexOf(' ') < 0 || reader.words().noPersonalWord(rest))
                && (rest.role() == null || tokens.get(rest.last()).has(Lexicon.PLACE))
                || rest.type() == Mention.Type.ROLE_NOMINAL && rest.first() == i)) {
            // and "Minister of Information and Civic Education": two field words with no given name or honorific
            // and "Minister of Information and Communications of Kazakhstan": no person "Kazakhstan"
            // "Minister for National Heritage and Culture": the office's domain goes on, no person "Culture"
            String role = text.substring(body.start(), tokens.get(e).end);
            return new Mention(body.first(), e, body.start(), tokens.get(e).end, Mention.Type.ROLE_NOMINAL, role,
                    role, body.head(), body.gender(), tokens.get(e).possessive);
        }
        if (rest.type() == Mention.Type.PERSON && rest.role() != null
                && text.lastIndexOf(rest.name(), rest.end()) > body.end()) {
            // "Minister of Tourism and Lands Harin Fernando": the whole office is the person's role, and so is
            // "Deputy Prime Minister and Foreign Minister Ishaq Dar"
            String role = text.substring(body.start(), text.lastIndexOf(rest.name(), rest.end())).strip();
            return new Mention(body.first(), rest.last(), body.start(), rest.end(), rest.type(), rest.name(), role,
                    rest.head(), rest.gender(), rest.possessive());
        }
        return null;
    }

    /**
     * The office word before the "of" at {@code of}: right before it ("the mayor of Kherson"), or, when the
     * one name word is a place, further back over a field ("The Minister of Information and Communications of
     * Kazakhstan"); -1 when there is none.
     */
    int titleBeforeDomain(int i, int of, int nameStart, int count) {
        if (of - 1 >= i && tokens.get(of - 1).has(Lexicon.TITLE)) {
            return of - 1;
        }
        if (count != 1 || !tokens.get(nameStart).has(Lexicon.PLACE)) {
            return -1;
        }
        for (int k = of - 1; k >= i && of - k <= 6; k--) {
            Token t = tokens.get(k);
            if (t.capitalised && t.has(Lexicon.TITLE)) {
                return k;
            }
            if (!(t.isWord() && (t.capitalised || t.is("and") || t.is("of") || t.is("for")))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The "of" or "for" before the words an office is over: "the mayor of Kherson", "the head of the UNICEF
     * Delegation", and "Minister for National Heritage" when the run's one name word ends a longer domain;
     * otherwise the token before the name.
     */
    int officeDomainStart(int i, int nameStart, int count) {
        int k = nameStart - 1;
        while (count == 1 && k > i && tokens.get(k).isWord() && (tokens.get(k).capitalised
                || tokens.get(k).is("and")) && !tokens.get(nameStart).has(Lexicon.FIRST_NAME)
                && !(tokens.get(k).has(Lexicon.HONORIFIC) && !tokens.get(k - 1).is("for") && !tokens.get(k - 1).is("of"))) {
            // "Minister of Interior Sheikh Rasheed" names a person; "Lawyer for Dr Agordzo" is an office over one
            k--; // "Minister for National Heritage": "Heritage" is no surname when an office's domain runs into it
        }
        if (k >= i && tokens.get(k).is("the")) {
            k--;
        }
        return k >= i && (tokens.get(k).is("of") || tokens.get(k).is("for")) ? k : nameStart - 1;
    }

    /**
     * "the head of the National Tourism Promotion Fund", "President of the European Commission": a person's
     * office over a body is a person, not the body ("Department of Justice" starts with a body word).
     */
    /** Tokens (from, e] are capitalised name words, none a place or a connector ("Conde Riley", not "of Ghana"). */
    private boolean namesAfter(int from, int e) {
        for (int k = from + 1; k <= e; k++) {
            if (!reader.words().isNamePart(tokens.get(k)) || tokens.get(k).has(Lexicon.PLACE)) {
                return false;
            }
        }
        return true;
    }

    Mention headOfBody(int i, int e) {
        int t = i;
        while (t + 1 < e && (tokens.get(t).is("the") || tokens.get(t).has(Lexicon.ROLE_MODIFIER) && tokens.get(t + 1).has(Lexicon.TITLE))) {
            t++; // "The former chairman of the African Union Commission"
        }
        Token title = tokens.get(t);
        int of = t + 1;
        if (of >= e || !title.has(Lexicon.TITLE) || title.has(Lexicon.ORGANISATION)
                || !(tokens.get(of).is("of") || tokens.get(of).is("for"))
                || !tokens.get(e).has(Lexicon.ORGANISATION) && !reader.isAcronym(tokens.get(e))
                && !(tokens.get(of + 1).is("the") && reader.runHasOrganisationWord(of + 1, e))) {
            return null; // "Secretary of State Rubio", "Secretary of State Lena Morrow": the run ends on no body
        }
        int lastBodyWord = -1;
        for (int k = of + 1; k <= e; k++) {
            if (tokens.get(k).has(Lexicon.FIRST_NAME) && k < e) {
                return null; // "Secretary of State Marco Rubio": a name follows the office
            }
            if (tokens.get(k).has(Lexicon.ORGANISATION) || reader.isAcronym(tokens.get(k))) {
                lastBodyWord = k;
            }
        }
        if (lastBodyWord >= 0 && e - lastBodyWord >= 2 && namesAfter(lastBodyWord, e)) {
            return null; // "president of the Barbados Cricket Association Conde Riley": two name words after the body
        }
        Token last = tokens.get(e);
        Token from = tokens.get(i).is("the") ? tokens.get(Math.min(i + 1, t)) : tokens.get(i);
        String role = text.substring(from.start, last.end);
        return new Mention(i, e, tokens.get(i).start, last.end, Mention.Type.ROLE_NOMINAL, role, role, title.base,
                lex.genderOfWord(title.base), last.possessive);
    }
}
