package org.quotestance.detect;

/**
 * Splits a capitalised run into role words and a personal name ("Defense Secretary Pete Hegseth"), or takes
 * it for an organisation or a place ("Ukraine said"). Split from {@link MentionReader}, which finds the run.
 */
final class RunClassifier {
    private final MentionReader reader;
    private final Lexicon lex;
    private final String text;
    private final TokenList tokens;
    private final NameWords words;
    private final OfficeRuns offices;

    RunClassifier(MentionReader reader, Lexicon lex, String text, TokenList tokens) {
        this.reader = reader;
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
        this.words = reader.words();
        this.offices = reader.offices();
    }

    /** "v.d", "b.v": single letters joined by full stops that the lexicon does not know ("U.S.", "U.N." it does). */
    private static boolean isDottedInitials(Token t) {
        String w = t.lower;
        if (w.length() < 3 || w.length() > 5 || w.length() % 2 == 0 || t.flags != 0 || !t.capitalised) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (k % 2 == 0 ? !Character.isLetter(w.charAt(k)) : w.charAt(k) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Splits a capitalised run into role words and a personal name, or takes it for an organisation. */
    Mention classify(int i, int e) {
        if (e > i + 1 && tokens.get(e).has(Lexicon.POSTNOMINAL) && isSeatAfterAName(i, e)) {
            // "Nick Smith, Blaenau Gwent MP, said": the seat and its letters describe the name before the comma
            String role = text.substring(tokens.get(i).start, tokens.get(e).end);
            return new Mention(i, e, tokens.get(i).start, tokens.get(e).end, Mention.Type.ROLE_NOMINAL, role, role,
                    tokens.get(e).base, Gender.UNKNOWN, tokens.get(e).possessive);
        }
        if (e > i + 1 && tokens.get(e).has(Lexicon.POSTNOMINAL)) {
            // "Richard Soames KC", "Jess Alder MP": the letters after a name are no organisation
            Mention m = classify(i, e - 1);
            if (m != null && m.type() == Mention.Type.PERSON) {
                // "Ferdinand Marcos Jr.": a generation is part of the name, letters of honour are not
                String name = tokens.get(e).is("jr") && m.name().indexOf(' ') > 0 ? m.name() + " Jr." : m.name();
                return new Mention(m.first(), e, m.start(), tokens.get(e).end, m.type(), name, m.role(), m.head(),
                        m.gender(), tokens.get(e).possessive);
            }
        }
        Token last = tokens.get(e);
        if (i >= 2 && TokenShapes.isModelYear(tokens.get(i - 1)) && tokens.get(i - 2).has(Lexicon.DETERMINER)) {
            return organisation(i, e); // "a 2019 Carver Coach Sentinel": a maker and its model, no person
        }
        for (int k = i + 1; k < e; k++) {
            if (tokens.get(k).isPunct('&') || reader.isPrepositionInsideName(k, i)) {
                return organisation(i, e); // "Procter & Gamble", "Transport & Environment", "Doctors Without Borders"
            }
        }
        int j = e;
        int count = 0;
        while (j >= i) {
            Token t = tokens.get(j);
            if (t.has(Lexicon.NICKNAME) && count > 0) {
                j--; // a nickname in marks is no part of the name
                continue;
            }
            if (t.isPunct('.') && j - 1 >= i && tokens.get(j - 1).lower.length() == 1 && count > 0) {
                Token letter = tokens.get(j - 1);
                if (letter.has(Lexicon.HONORIFIC) && !(j - 2 >= i && reader.isNamePart(tokens.get(j - 2)))) {
                    break; // "M. Macron": the honorific stays out of the name
                }
                j--; // the dot of an initial, "J. Smith"
                if (letter.has(Lexicon.HONORIFIC)) {
                    j--; // "Kurt M. Campbell": a middle initial, not the French "M." (not counted as a name word)
                }
                continue;
            }
            if (!reader.isNamePart(t) && !reader.verbInsideName(j, i) && !titleAsSurname(j, e, i) && !words.honorificInsideName(j, i, count)
                    || (count == 0 && reader.isAcronym(t)) || (count > 0 && t.possessive)
                    || count >= 2 && TokenShapes.endsAnOfficeName(tokens, j)
                    || count > 0 && t.has(Lexicon.PLACE) && !t.has(Lexicon.FIRST_NAME) // "in Palestine Çavuşoğlu said"
                    && !TokenShapes.hasInnerCapital(text, tokens.get(j + 1)) // not "Pakistan MoFA"
                    && !(j == i && count == 1 && opensNamedBody(i))) { // not "China Mobile said"
                break;
            }
            count++;
            j--;
            if (t.has(Lexicon.FIRST_NAME) && count > 1 && !givenNameBefore(j, i) || count == 4) {
                break;
            }
        }
        if (count > 0 && j - 1 >= i && tokens.get(j).isPunct('.') && isDottedInitials(tokens.get(j - 1))) {
            // "V.D. Satheesan", "P.T. Usha Menon": initials run together, each with its full stop, stand for the
            // given names, and the name starts there
            j -= 2;
            count++;
        }
        // "Charles de Gaulle", "Ursula von der Leyen": particles between name words belong to the name
        while (count > 0 && count < 4) {
            int k = j;
            while (k >= i && j - k < 2 && TokenShapes.isParticle(tokens.get(k))) {
                k--;
            }
            if (k == j || k < i || !reader.isNamePart(tokens.get(k))) {
                break;
            }
            count++;
            j = k - 1;
        }
        int nameStart = j + 1;
        if (e > nameStart && lex.eventWords.contains(last.base) && !last.possessive && words.noPersonalWord(nameStart, e)) {
            return organisation(nameStart, e); // "National Mourning Day": an occasion, never "he"
        }
        if (lex.platforms.contains(last.base) && words.noPersonalWord(nameStart, e)) {
            return organisation(e, e); // "MoM's Telegram channel", "posted on Facebook": the service, never "he"
        }
        Mention headOf = offices.headOfBody(i, e);
        if (headOf != null) {
            return headOf;
        }
        if (count == 0 || runHasOrganisationWord(i, e) && (count < 2 || ofThe(nameStart - 1, i) || afterOf(nameStart, i))
                && !TokenShapes.isTitledSurname(tokens, text, i, nameStart, e)) {
            return organisation(i, e); // "Canadian Union of Public Employees": what follows "of" is the body's field
        }
        // "the mayor of Kherson", "the head of the UNICEF Delegation": a name after "of" or "for" is the
        // office's place or body, not a person
        int of = offices.officeDomainStart(i, nameStart, count);
        int title = of >= i && (tokens.get(of).is("of") || tokens.get(of).is("for")) ? offices.titleBeforeDomain(i, of, nameStart, count) : -1;
        if (title >= 0) {
            String role = text.substring(tokens.get(i).start, last.end);
            return new Mention(i, e, tokens.get(i).start, last.end, Mention.Type.ROLE_NOMINAL, role, role,
                    tokens.get(title).base, lex.genderOfWord(tokens.get(title).base), last.possessive);
        }
        // honorific right before the name ("Mr. Hegseth")
        Gender gender = Gender.UNKNOWN;
        int roleEnd = nameStart - 1;
        if (roleEnd >= i && tokens.get(roleEnd).isPunct('.')) {
            roleEnd--;
        }
        String office = null;
        if (roleEnd >= i && tokens.get(roleEnd).has(Lexicon.HONORIFIC)) {
            gender = lex.honorifics.get(tokens.get(roleEnd).lower);
            office = lex.honorificOffices.get(tokens.get(roleEnd).lower);
            roleEnd--;
            while (roleEnd >= i && tokens.get(roleEnd).capitalised && tokens.get(roleEnd).has(Lexicon.HONORIFIC)
                    && lex.honorificOffices.get(tokens.get(roleEnd).lower) == null) {
                roleEnd--; // "Datuk Seri Anwar Ibrahim": titles of honour in a row are no office
            }
        } else {
            roleEnd = nameStart - 1;
        }
        Token firstName = tokens.get(nameStart);
        if (gender == Gender.UNKNOWN && firstName.has(Lexicon.FIRST_NAME) && (count > 1 || words.loneGivenName(nameStart, e))) {
            gender = lex.firstNames.get(firstName.base);
        }
        boolean describedBefore = roleEnd < i && i > 0 && describesABody(tokens.get(i - 1)) && !tokens.get(i - 1).inQuote();
        boolean described = describedBefore || roleEnd >= i && roleEnd == nameStart - 1 && describesABody(tokens.get(roleEnd))
                && !hasTitle(i, roleEnd); // not "head of local government Heather Wakefield"
        if (described && !startsWithGivenName(nameStart)) {
            return organisation(nameStart, e); // "sports clothing retailer JD Sports", "search giant Google"
        }
        String role = null;
        if (roleEnd >= i && !(roleEnd == i && tokens.get(i).has(Lexicon.PLACE))) {
            for (int k = i; k <= roleEnd; k++) {
                Gender g = lex.genderOfWord(tokens.get(k).base);
                if (g != Gender.UNKNOWN && gender == Gender.UNKNOWN) {
                    gender = g;
                }
            }
            role = text.substring(tokens.get(i).start, tokens.get(roleEnd).end);
        }
        if (office != null) {
            // "Gen. Patricia Hale": the office the abbreviation stands for is a role of its own
            role = role == null ? SpeakerResolver.capitalise(office) : role + " " + office;
        }
        String name = TokenShapes.withoutNickname(tokens, text, nameStart, e);
        if (last.possessive) {
            name = name.substring(0, name.length() - 2);
        }
        if (role == null && gender == Gender.UNKNOWN && nameStart == i && lex.isPlace(name, i == e ? last : null)) {
            return organisation(i, e); // "Ukraine said", "South Korea warned": the state speaks
        }
        if (role != null && gender == Gender.UNKNOWN && nameStart == e && !last.has(Lexicon.FIRST_NAME)
                && !tokens.get(e - 1).has(Lexicon.CONNECTOR) && lex.isPlace(name, last)) {
            return organisation(i, e); // "Air Canada", "Radio France": no one is called Canada
        }
        int voice = words.spokespersonFor(i, nameStart);
        if (voice >= 0) {
            // "a spokesman for Attorney General Dustin McDaniel said": the spokesman speaks, not the one named
            int from = i > 0 && tokens.get(i - 1).has(Lexicon.DETERMINER) ? i - 1 : i;
            return new Mention(from, e, tokens.get(from).start, last.end, Mention.Type.ANONYMOUS,
                    text.substring(tokens.get(from).start, last.end), null, tokens.get(voice).base, Gender.UNKNOWN, last.possessive);
        }
        if (i == e && role == null && isLoneModifier(last)) {
            return null; // "Former one-term councillor Tina Nixon …": no one is called Former
        }
        return new Mention(i, e, tokens.get(i).start, last.end, Mention.Type.PERSON, name, role,
                tokens.get(e).base, gender, last.possessive);
    }

    /** A run ending in "MP" set off by commas right after a full name: "Nick Smith, Blaenau Gwent MP, said". */
    private boolean isSeatAfterAName(int i, int e) {
        return i >= 3 && tokens.get(i - 1).isPunct(',') && e + 1 < tokens.size() && tokens.get(e + 1).isPunct(',')
                && reader.isNamePart(tokens.get(i - 2)) && reader.isNamePart(tokens.get(i - 3))
                && !tokens.get(i).has(Lexicon.FIRST_NAME);
    }

    /** A title among the role words ("head of local government"): the run names an office holder, not a body. */
    private boolean hasTitle(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).has(Lexicon.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** "tow operator Dan Stewart": a known given name, not written in capitals like the "JD" of "JD Sports". */
    private boolean startsWithGivenName(int k) {
        Token t = tokens.get(k);
        return t.has(Lexicon.FIRST_NAME) && !reader.isAcronym(t);
    }

    /** A lower-case word for a kind of body ("retailer", "carmaker", "giant"), never an office. */
    private static boolean describesABody(Token t) {
        return t.isWord() && !t.capitalised && t.has(Lexicon.ORGANISATION) && !t.has(Lexicon.TITLE) && !t.possessive;
    }

    /** "China Mobile said" opening a clause or after a verb: a place then one word is a body's name, not "in Palestine Çavuşoğlu said". */
    private boolean opensNamedBody(int i) {
        Token next = tokens.get(i + 1);
        Token before = i == 0 ? null : tokens.get(i - 1);
        return !next.has(Lexicon.FIRST_NAME) && !next.has(Lexicon.TITLE) && next.isWord()
                && (before == null || !before.isWord() || before.has(Lexicon.VERB) && !before.capitalised);
    }

    /** A role modifier standing alone ("Former", "Acting") is no one's name. */
    private static boolean isLoneModifier(Token t) {
        return !t.has(Lexicon.FIRST_NAME) && t.has(Lexicon.ROLE_MODIFIER) && !t.has(Lexicon.TITLE);
    }

    /** "Julie Bishop", "Sarah Judge": a title word right after a known first name is a surname. */
    private boolean titleAsSurname(int j, int e, int floor) {
        Token t = tokens.get(j);
        return j == e && j - 1 >= floor && t.capitalised && t.has(Lexicon.TITLE) && !t.possessive
                && tokens.get(j - 1).has(Lexicon.FIRST_NAME) && tokens.get(j - 1).capitalised;
    }

    /**
     * "Syed Khursheed Ahmed Shah", "Mary Ann Carter", "Speaker Nasir Ali Baloch": one or two name
     * words back, past no title or body, stands another given name or the office the name follows,
     * so the first name found is not where the name starts.
     */
    private boolean givenNameBefore(int j, int floor) {
        if (j - 1 >= floor && tokens.get(j).isPunct('.') && words.isInitial(tokens.get(j - 1))) {
            return true; // "A. Ravindra Rao": an initial before the given name is the name's start
        }
        for (int k = j; k >= Math.max(floor, j - 1); k--) {
            Token t = tokens.get(k);
            if (!reader.isNamePart(t) || t.has(Lexicon.TITLE) || t.has(Lexicon.ORGANISATION) || t.has(Lexicon.ROLE_MODIFIER)
                    || t.possessive) {
                return false;
            }
            if (t.has(Lexicon.FIRST_NAME) || words.isInitial(t)) {
                return true;
            }
            if (k - 1 >= floor && tokens.get(k - 1).isWord() && tokens.get(k - 1).has(Lexicon.TITLE)) {
                return true; // "Deputy Speaker Nasir Ali Baloch": the name starts right after the office
            }
        }
        return false;
    }

    /** The name would start right after "of" or "for", so it is the field of what comes before. */
    private boolean afterOf(int nameStart, int from) {
        return nameStart - 1 > from && (tokens.get(nameStart - 1).is("of") || tokens.get(nameStart - 1).is("for"));
    }

    /** "Bank of the Philippine Islands", "Appellate Division of the High Court": "the" inside a body's name. */
    private boolean ofThe(int the, int from) {
        return the - 2 >= from && tokens.get(the).is("the") && tokens.get(the - 1).is("of") && tokens.get(the - 2).capitalised;
    }

    Mention organisation(int i, int e) {
        Token last = tokens.get(e);
        // the organisation's name is the trailing capitalised run ("State Department", "NATO")
        int k = e;
        while (k - 1 >= i && (tokens.get(k - 1).capitalised
                || (tokens.get(k - 1).has(Lexicon.CONNECTOR) || tokens.get(k - 1).isPunct('&') || tokens.get(k - 1).is("and"))
                && k - 2 >= i && tokens.get(k - 2).capitalised || ofThe(k - 1, i)
                || reader.isPluralOwnerInBodyName(k, i))) {
            k--;
        }
        if (!last.capitalised) {
            return null;
        }
        // "the PM", "the MP": an acronym alone that is a title is an office, not a body
        boolean roleOnly = !runHasOrganisationWord(k, e) && (!reader.isAcronym(last) || k == e) && last.has(Lexicon.TITLE);
        String name = text.substring(tokens.get(k).start, last.end);
        if (last.possessive) {
            name = name.substring(0, name.length() - 2);
        }
        return new Mention(i, e, tokens.get(i).start, last.end,
                roleOnly ? Mention.Type.ROLE_NOMINAL : Mention.Type.ORGANISATION, name,
                roleOnly ? name : null, last.base, roleOnly ? lex.genderOfWord(last.base) : Gender.NEUTER,
                last.possessive);
    }

    boolean runHasOrganisationWord(int i, int e) {
        for (int k = i; k <= e; k++) {
            if (tokens.get(k).has(Lexicon.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }
}
