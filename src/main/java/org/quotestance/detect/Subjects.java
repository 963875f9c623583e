package org.quotestance.detect;

/**
 * Finds who speaks for a speech cue: the phrase before it ("Hegseth said", "Miller, a former
 * spokesman, said"), after it ("said Hegseth", "according to a senior official") or, for a
 * participle ("…, adding that"), the speaker of the sentence's earlier cue or its subject.
 */
final class Subjects {
    private static final java.util.Set<String> PART_WORDS = java.util.Set.of("one", "two", "some", "both", "each",
            "neither", "another", "several", "none", "all", "many", "most", "few", "three", "four");
    private static final java.util.Set<String> SETTING_OPENERS = java.util.Set.of("in", "at", "during", "while", "on");

    private final AnalysedText at;
    private final MentionReader reader;

    private final LooseSubjects loose;
    private final OfficeAppositions offices;
    private final AppositionSubjects appositions;

    Subjects(AnalysedText at, MentionReader reader) {
        this.at = at;
        this.reader = reader;
        this.loose = new LooseSubjects(at, reader, this);
        this.offices = new OfficeAppositions(at, reader, this);
        this.appositions = new AppositionSubjects(at, reader, this, offices);
    }

    /** The token before a time phrase or a channel between a speaker and the cue ({@link LooseSubjects#beforeAside}). */
    int beforeAside(int b, int floor) {
        return loose.beforeAside(b, floor);
    }

    /** The speaker phrase of a cue and, when an apposition gives one, a role; or null. */
    Mention of(Cue c) {
        return of(c, 0);
    }

    private Mention of(Cue c, int depth) {
        Sentence s = at.sentenceOf(c.first());
        if (c.cueClass() == CueClass.ACCORDING) {
            // "According to Board Chairman, Bob Herbst, …": the name in apposition to the office
            Mention m = reader.readForward(c.last() + 1, s.endToken());
            return m == null ? null : offices.nameInApposition(m, s.endToken());
        }
        Mention passedOn = QuotedAsSaying.before(at, reader, c.first(), s.firstToken());
        if (passedOn != null) {
            return passedOn; // "Lee cited Lam as saying that …": Lam said it
        }
        Mention claimant = claimantAfter(c, s);
        if (claimant != null) {
            return claimant;
        }
        int b = c.first() - 1;
        int fillers = 0;
        while (b >= s.firstToken() && fillers < 3) {
            int t = b;
            if (at.tok(b).isWord() && at.tok(b).has(Lexicon.FILLER_BEFORE)) {
                b--;
            } else if ((b = loose.beforeAside(b, s.firstToken())) == t) {
                break;
            }
            fillers++;
        }
        if (b - 3 > s.firstToken() && at.tok(b).isPunct('.') && (at.tok(b - 1).is("jr") || at.tok(b - 1).is("sr"))
                && at.tok(b - 2).isPunct(',')) {
            b -= 3; // "Governor Eli M. Remolona, Jr. said": the generation after the comma is the name's
        }
        Mention m = null;
        if (b > s.firstToken() && (at.tok(b).is("and") || at.tok(b).is("but")) && !c.participle()) {
            // "Gov. Sato declared an emergency and said …": the sentence's subject speaks
            Mention subject = sentenceSubject(s, b);
            if (subject != null && subject.type() != Mention.Type.PRONOUN) {
                return subject; // "the press office declined to comment but said …"
            }
            return null;
        }
        if (b >= s.firstToken() && at.tok(b).isPunct(',') && !c.participle()) {
            m = beforeRelativeClause(b, s);
            if (m != null) {
                return m; // "Paddy Hayes, who came with his wife, Stephanie, said": not the wife
            }
            m = appositions.beforeApposition(b, s);
            if (m == null || m.type() != Mention.Type.PERSON) {
                Mention framed = subjectBeforeSetting(b, s);
                m = framed != null ? framed : m;
            }
        } else if (b >= s.firstToken() && (m = beforeRelativeClause(b + 1, s)) != null) {
            return m;
        } else if (b >= s.firstToken()) {
            m = sourceCloseTo(b, s);
            if (m == null) {
                m = SubjectPlaces.personOfBody(at, reader, reader.readBackward(b, s.firstToken()), s.firstToken());
            }
            Mention holder = m == null ? null : holderBeforeOffice(m, s);
            if (holder != null) {
                return holder; // "Mr. Joseph Amoah, District Chief Executive for Shama has stated that …"
            }
            m = SubjectPlaces.officeOfTheBody(at, reader, m, s);
            // "the teacher whose pupils were moved to the church said": not the church
            Mention restricted = RoleAppositions.restrictedSubject(this, at, s, b);
            if (restricted != null && (m == null || m.first() > restricted.last())) {
                m = RoleAppositions.withModifier(at, restricted, b);
            }
        }
        if (m != null && m.type() == Mention.Type.PERSON && m.first() - 1 > s.firstToken() && at.tok(m.first() - 1).isPunct(',')) {
            // "Vice-Chancellor of the university, Prof. Andy Egwunyenga told …": the office before the comma is the role
            Mention whole = sentenceSubject(s, b + 1);
            if (whole != null && whole.first() == m.first() && whole.role() != null) {
                m = whole;
            }
        }
        if (m != null && c.participle() && m.type() == Mention.Type.PERSON && TokenShapes.namesPlace(at.tokens, m)) {
            // "addressed his supporters on Sunday in Libreville saying that …": the place is no one; the sentence's subject
            Mention subject = sentenceSubject(s, m.first());
            m = subject != null && subject.last() < m.first() ? subject : null;
        }
        if (m != null && isOpeningParticiple(m, s)) {
            m = null; // "Refuting claims that …, Mr. Mwiimbu clarified": no one called Refuting claims anything
        }
        if (m != null && m.type() == Mention.Type.PRONOUN && !isSubjectPronoun(m)) {
            m = null;
        }
        if (m == null && c.participle() && b >= s.firstToken() && at.tok(b).isPunct(',')) {
            // "…, insisting that": the speaker of the sentence's earlier cue, not the last name before the comma
            m = earlierCueSpeaker(s, b, depth);
        }
        if (m == null && b >= s.firstToken()) {
            m = loose.before(c, s, b);
        }
        if (m == null && b >= s.firstToken()) {
            m = partOfGroup(b, s);
        }
        if (m == null && b > s.firstToken() && !c.participle()) {
            m = SubjectPlaces.withPlace(at, sentenceSubject(s, c.first()), b);
        }
        if (m == null && c.participle() && b > s.firstToken() && !at.tok(b).isPunct(',') && depth == 0
                && at.tok(b).isWord() && at.lex.issuedDocuments.contains(at.tok(b).base)) {
            // "The company … issued a statement saying: …": the subject issued it and speaks
            Mention subject = sentenceSubject(s, c.first());
            if (subject != null && subject.type() != Mention.Type.PRONOUN) {
                return subject;
            }
        }
        if (m == null && c.participle() && b >= s.firstToken() && at.tok(b).isPunct(',')) {
            m = sentenceSubject(s, c.first()); // "Smith, adding that": nothing else read, the sentence's subject
        } else if (m == null && c.participle() && depth == 0 && b > s.firstToken() && at.tok(b).isWord()) {
            m = sentenceSubject(s, c.first()); // "The man backs the camera away saying, “…”"
        }
        if (m == null && at.sentenceOf(c.first()).firstToken() == c.first()
                && c.cueClass() != CueClass.ACCORDING) {
            // a sentence that opens with the cue: "Said Hegseth: ..."
            m = reader.readForward(c.last() + 1, s.endToken());
        }
        if (m != null && m.type() == Mention.Type.PRONOUN && at.lex.speakingDocuments.contains(m.head())) {
            m = StatementIssuers.named(at, reader, this, m); // "The statement said"
        }
        m = RolePrefix.withOfficeFromOpening(at, m, s);
        m = SubjectPlaces.personBeforeUnclosedApposition(at, reader, this, SubjectPlaces.holderBeforePlace(at, reader, m, s), s);
        return loose.ownersVoice(CoordinatedSources.widen(at, reader, personBeforePlace(m, s), s.firstToken()));
    }

    /**
     * "…, adding that": the speaker of the sentence's earlier cue; with no cue before, the sentence's
     * subject when a phrase lies between it and the comma ("Fidan met … Lavrov on March 1, telling");
     * otherwise null, and the name right before the comma is read as for any cue.
     */
    private Mention earlierCueSpeaker(Sentence s, int comma, int depth) {
        for (int k = comma - 1; k >= s.firstToken() && depth < 3; k--) {
            int ci = at.cueAt[k];
            if (ci >= 0 && !at.tok(k).inQuote()) {
                Cue prev = at.cues.get(ci);
                Mention pm = of(prev, depth + 1);
                if (pm != null) {
                    return pm;
                }
                if (prev.cueClass() != CueClass.LABEL) {
                    return null;
                }
                k = prev.first();
            }
        }
        // "Fidan met Russian Foreign Minister Sergei Lavrov on March 1, telling reporters that …": no cue
        // before, so the sentence's subject tells, not the last name before the comma
        Mention subject = sentenceSubject(s, comma);
        return subject != null && subject.last() < comma - 1 ? subject : null;
    }

    /** "Adesina in an interview with State House reporters, explained that …": the name before the setting. */
    private Mention subjectBeforeSetting(int comma, Sentence s) {
        Mention subject = sentenceSubject(s, comma);
        if (subject == null || subject.type() != Mention.Type.PERSON || subject.last() + 2 >= comma) {
            return null;
        }
        Token after = at.tok(subject.last() + 1);
        if (!after.isWord() || !SETTING_OPENERS.contains(after.lower)) {
            return null;
        }
        for (int k = subject.last() + 1; k < comma; k++) {
            if (at.cueAt[k] >= 0 || at.tok(k).inQuote() || at.tok(k).isPunct(',')) {
                return null;
            }
        }
        return subject;
    }

    /** A lone capitalised "-ing" word opening a sentence whose main clause comes after a comma. */
    private boolean isOpeningParticiple(Mention m, Sentence s) {
        Token t = at.tok(m.first());
        if (m.type() != Mention.Type.PERSON || m.first() != s.firstToken() || m.last() != m.first()
                || !t.lower.endsWith("ing") || t.has(Lexicon.FIRST_NAME)) {
            return false;
        }
        for (int k = m.last() + 1; k < s.endToken(); k++) {
            if (at.tok(k).isPunct(',') && !at.tok(k).inQuote()) {
                return true;
            }
        }
        return false;
    }

    /** "John McMinn, of Standish Cote added:": the place a person is from, its closing comma left out. */
    private Mention personBeforePlace(Mention m, Sentence s) {
        if (m == null || !m.type().isName() || m.first() - 3 < s.firstToken() || !at.tok(m.first() - 1).is("of")
                || !at.tok(m.first() - 2).isPunct(',')) {
            return m;
        }
        Mention person = reader.readBackward(m.first() - 3, s.firstToken());
        return person != null && person.type() == Mention.Type.PERSON ? person : m;
    }

    /**
     * "one of them said": a member of the group "them" stands for, which speaks for it; so does a
     * sentence-opening "One" or "Another" right before the cue ("Furious fans took to social media.
     * One wrote on X: …").
     */
    private Mention partOfGroup(int them, Sentence s) {
        Token lone = at.tok(them);
        if (them == s.firstToken() && lone.capitalised && (lone.is("one") || lone.is("another"))) {
            return new Mention(them, them, lone.start, lone.end, Mention.Type.PRONOUN, "they", null, "they",
                    Gender.PLURAL, false);
        }
        int of = them - 1;
        if (!at.tok(them).is("them") || of - 1 < s.firstToken() || !at.tok(of).is("of")
                || !PART_WORDS.contains(at.tok(of - 1).lower)) {
            return null;
        }
        Token q = at.tok(of - 1);
        return new Mention(of - 1, them, q.start, at.tok(them).end, Mention.Type.PRONOUN, "they", null, "they",
                Gender.PLURAL, false);
    }

    private boolean isSubjectPronoun(Mention m) {
        // "the 34-year-old", "the widow" stand for a person as "she" would
        return at.lex.pronouns.containsKey(m.head()) || TokenShapes.isAgeDescriptor(at.tok(m.last()))
                || at.lex.describesPerson(m.head()) || m.gender() == Gender.UNKNOWN; // "the statement said"
    }

    /**
     * "rejected claims by some MLAs that the report was “cherry-picked”": a cue word used as a plural
     * noun, with "by" or "from" and a "that" after the source, reports the source's words.
     */
    private Mention claimantAfter(Cue c, Sentence s) {
        int by = c.last() + 1;
        Token cue = at.tok(c.first());
        if (c.first() != c.last() || !cue.lower.endsWith("s") || cue.is("says") || by + 2 >= s.endToken()
                || !(at.tok(by).is("by") || at.tok(by).is("from")) || c.first() == s.firstToken()) {
            return null;
        }
        Mention m = reader.readForward(by + 1, s.endToken());
        if (m == null || m.first() > by + 2 || m.type() == Mention.Type.PRONOUN || m.last() + 1 >= s.endToken()
                || !at.tok(m.last() + 1).is("that")) {
            return null;
        }
        Token det = at.tok(by + 1);
        if (m.first() == by + 2 && det.has(Lexicon.DETERMINER)) {
            // "some MLAs", "several councillors": the acronym read as a name is a group with its quantifier
            return new Mention(by + 1, m.last(), det.start, m.end(), Mention.Type.GROUP, at.textOf(by + 1, m.last()),
                    null, at.tok(m.last()).base, Gender.PLURAL, false);
        }
        return m.first() == by + 1 ? m : null;
    }

    /**
     * "a source close to the chancellor", "people familiar with the minister's thinking" ending at
     * token {@code end}: the source phrase, or null. The person named right after it is not the source.
     */
    Mention sourceCloseTo(int end, Sentence s) {
        int close = TokenShapes.closeToWord(at.tokens, Math.max(s.firstToken(), end - 6), end);
        if (close <= s.firstToken()) {
            return null;
        }
        Mention src = reader.readBackward(close - 1, s.firstToken());
        if (src == null || src.type() != Mention.Type.ANONYMOUS && src.type() != Mention.Type.GROUP) {
            return null;
        }
        Token last = at.tok(end);
        return new Mention(src.first(), end, src.start(), last.end, src.type(),
                at.text.substring(src.start(), last.end), null, src.head(), src.gender(), false);
    }

    static String stripArticle(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        for (String a : new String[]{"the ", "a ", "an "}) {
            if (lower.startsWith(a)) {
                return phrase.substring(a.length());
            }
        }
        return phrase;
    }

    /** The same mention with this role; a mention of unknown gender takes the role's ("chairwoman"). */
    Mention withRole(Mention m, String role) {
        return new Mention(m.first(), m.last(), m.start(), m.end(), m.type(), m.name(), role, m.head(),
                m.gender() == Gender.UNKNOWN && role != null ? genderOfRole(role) : m.gender(), m.possessive());
    }

    Gender genderOfRole(String role) {
        for (String w : role.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            Gender g = at.lex.genderOfWord(w);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The person who opens the sentence and a "(,) who …" clause that runs to the comma (or the word) before the cue. */
    private Mention beforeRelativeClause(int comma, Sentence s) {
        int start = ClauseOpenings.afterDateline(at, s.firstToken());
        Mention m = start < comma ? reader.readForward(start, comma) : null;
        if (m == null || m.type() != Mention.Type.PERSON || m.last() + 3 >= comma) {
            return null;
        }
        // "Mohamed who was accompanied by all the county commissioners said …": papers leave out the commas
        int who = at.tok(m.last() + 1).isPunct(',') ? m.last() + 2 : m.last() + 1;
        if (!at.tok(who).is("who")) {
            return null;
        }
        for (int k = who; k < comma; k++) {
            if (at.cueAt[k] >= 0 || at.tok(k).inQuote()) {
                return null;
            }
        }
        return m;
    }

    /**
     * "Mr. Joseph Amoah, District Chief Executive for Shama has stated …": an office read before the cue whose
     * comma follows the full name that opens the sentence is that person's role (the closing comma left out).
     */
    private Mention holderBeforeOffice(Mention office, Sentence s) {
        int comma = office.first() - 1 >= s.firstToken() && at.tok(office.first() - 1).is("the") ? office.first() - 2 : office.first() - 1;
        if (office.type() != Mention.Type.ROLE_NOMINAL || comma - 1 < s.firstToken() || !at.tok(comma).isPunct(',')) {
            return null;
        }
        int start = ClauseOpenings.afterDateline(at, s.firstToken());
        Mention person = reader.readBackward(comma - 1, start);
        // "Speaking to the media Sarah Opendi, the State Minister for Health said": a participle with no comma
        boolean participle = at.tok(start).lower.length() >= 6 && at.tok(start).lower.endsWith("ing");
        if (person == null || person.type() != Mention.Type.PERSON || person.name().indexOf(' ') < 0
                || person.possessive() || person.first() - start > (participle ? 8 : 3)) {
            return null;
        }
        for (int k = participle ? person.first() : start; k < person.first(); k++) {
            if (at.tok(k).isWord() && !at.tok(k).capitalised || at.cueAt[k] >= 0) {
                return null; // only a dateline's remains ("Sept 27. GNA -") may come before the name
            }
        }
        return withRole(person, stripArticle(office.name()));
    }

    /** "the Force Public Relations Officer, Jimoh Moshood": the name in apposition to an office, or the mention as read. */
    Mention withNameInApposition(Mention m, int before) {
        return m == null ? null : offices.nameInApposition(m, before);
    }

    /** The subject of a sentence: the phrase it opens with, after an introductory phrase and comma. */
    Mention sentenceSubject(Sentence s, int before) {
        // "SAINT-LOUIS, Senegal (AFP) — Mamadou Diallo has fished …": the subject comes after the dateline
        int start = ClauseOpenings.afterDateline(at, s.firstToken());
        if (start >= before) {
            start = s.firstToken();
        }
        // a sentence that opens with a quotation: its subject follows the quote ("“…,” he said")
        while (start < before && (!at.tok(start).isWord() || at.tok(start).inQuote())) {
            start = at.tok(start).inQuote() ? at.afterQuote(start) : start + 1;
        }
        if (start >= before) {
            return null;
        }
        start = SentenceOpenings.subjectStart(at, start, before);
        if (start < 0) {
            return null;
        }
        Mention body = OrgNominals.describedBody(at, reader, start, before);
        if (body != null) {
            return body;
        }
        Mention m = reader.readForward(start, before);
        if (m == null || m.first() > start + 1) {
            // "retired shearer Col Durrant, 71, was packing …": role words the lexicon does not know
            m = RolePrefix.thenName(at, reader, start, before);
            return m == null ? null : unlisted(offices.nameInApposition(m, before), s, before);
        }
        Mention named = personAfterOfficeAcronym(m, before);
        if (named != null) {
            return named;
        }
        return unlisted(offices.nameInApposition(RolePrefix.personAfterJoinedOffice(at, reader, m, before), before), s, before);
    }

    /**
     * The person {@code m} with the apposition {@code role} as their role: as it is when they have none, after the
     * honorific's office when the apposition holds an office of its own ("Dr. Johnson Asiama, Governor, Bank of
     * Ghana": Doctor and Governor; "Dr. Ama Forson, acting on the party's instruction": Doctor alone).
     */
    Mention withApposedRole(Mention m, String role) {
        if (role == null || m.role() != null && !at.lex.isHonorificOffice(m.role())) {
            return m;
        }
        if (m.role() == null) {
            return withRole(m, role);
        }
        for (String w : role.split("[ ,]+")) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (at.lex.isTitle(lower) && (at.lex.flags(lower) & Lexicon.ROLE_MODIFIER) == 0) {
                return withRole(m, m.role() + ", " + role);
            }
        }
        return m;
    }

    /** "IGP", "LoP": a short word of two capitals or more that opens with one. */
    private boolean initials(Token t) {
        int capitals = 0;
        for (int i = t.start; i < t.end; i++) {
            capitals += Character.isUpperCase(at.text.charAt(i)) ? 1 : 0;
        }
        return t.isWord() && t.capitalised && capitals >= 2 && t.end - t.start <= 6;
    }

    /** "Leader of the Opposition (LoP) V.D. Satheesan on Tuesday …": the office's acronym in brackets, then its holder. */
    private Mention personAfterOfficeAcronym(Mention office, int before) {
        int open = office.last() + 1;
        if (office.type() != Mention.Type.ROLE_NOMINAL || open + 3 >= before || !at.tok(open).isPunct('(')
                || !at.tok(open + 2).isPunct(')') || !initials(at.tok(open + 1))) {
            return null;
        }
        Mention person = reader.readForward(open + 3, before);
        if (person == null || person.type() != Mention.Type.PERSON || person.first() != open + 3) {
            return null;
        }
        return withRole(person, stripArticle(office.name()));
    }

    /** "Others held include Peter Lazaro, Omari Fakhi and …": a person in a list of names is no sentence's subject. */
    private Mention unlisted(Mention m, Sentence s, int before) {
        return m != null && m.type() == Mention.Type.PERSON && NameLists.isListed(at, reader, m, s.firstToken(), before) ? null : m;
    }


}
