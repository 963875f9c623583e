package org.quotestance.detect;

/**
 * Lower-case phrases that stand for an organisation named elsewhere ("the company", "the ferry
 * operator", "the state-owned broadcaster"), as opposed to ones that name their body themselves
 * ("the GMB union", "the Warsaw council").
 */
final class OrgNominals {
    /** words of description before the body word: "Swedish heat-pump company" */
    private static final int DESCRIPTION = 4;
    /** Units a publisher is named by: "the Handelszeitung newspaper" is Handelszeitung. */
    private static final java.util.Set<String> MEDIA_UNITS = java.util.Set.of("newspaper", "daily", "magazine",
            "tabloid", "weekly", "broadcaster", "website", "channel", "station");
    /** Words a story uses for a body already named, whatever its name: "the agency", "the company". */
    private static final java.util.Set<String> GENERIC_BODIES = java.util.Set.of("agency", "company", "firm",
            "organisation", "organization", "office", "group");

    /** Bodies of a state, which a story names by its country or leaves to the reader, never by the last body named. */
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("government", "ministry", "department",
            "presidency", "administration", "state");

    /** The state's forces, which a story also names by their word alone ("Police said", "the army"). */
    private static final java.util.Set<String> FORCES = java.util.Set.of("army", "military", "police", "navy");

    /** A body of the state, or its forces: "the ministry", "the army", "the police". */
    static boolean isStateBody(String head) {
        return STATE_BODIES.contains(head) || FORCES.contains(head);
    }

    private OrgNominals() {
    }

    /**
     * "the Hungarian government" is not the "Dutch government" met before: every capitalised word
     * before the head must be in the body's name for the phrase to stand for it; and "the ministry of
     * defence" is no "interior ministry": a word after "of" must be in it too.
     */
    static boolean qualifiersIn(AnalysedText at, Mention m, String bodyName) {
        String name = bodyName.toLowerCase(java.util.Locale.ROOT);
        for (int k = m.first(); k <= m.last(); k++) {
            Token t = at.tok(k);
            boolean qualifies = k < m.last() ? t.capitalised : k > m.first() && at.tok(k - 1).is("of");
            if (t.isWord() && qualifies && !t.has(Lexicon.DETERMINER) && !containsWord(name, t.base)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsWord(String name, String word) {
        for (int i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
            if ((i == 0 || !Character.isLetter(name.charAt(i - 1)))
                    && (i + word.length() == name.length() || !Character.isLetter(name.charAt(i + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "the" + lower-case modifiers + the head: no capitalised word, no possessive, nothing quoted. */
    static boolean isPlain(AnalysedText at, Mention m) {
        if (!at.tok(m.first()).is("the") || m.first() == m.last()) {
            return false;
        }
        boolean business = at.lex.businessWords.contains(m.head());
        for (int k = m.first() + 1; k <= m.last(); k++) {
            Token t = at.tok(k);
            if (business && k < m.last() && describesWhereABusinessIs(at, k)) {
                continue;
            }
            if (t.isWord() ? t.capitalised || t.possessive || t.inQuote() || t.kind == Token.Kind.NUMBER : !t.isPunct('-')) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words of place or medium that describe a business: "the US car manufacturer", "the South Florida-based airline". */
    private static final java.util.Set<String> WHERE_WORDS = java.util.Set.of("internet", "us", "u.s.", "uk", "u.k.", "north",
            "south", "east", "west", "northern", "southern", "eastern", "western", "central");

    /**
     * "the Chicago-based airline", "the US car manufacturer", "The Internet search company": a capitalised word
     * that says where or what a business is, not a name of its own.
     */
    private static boolean describesWhereABusinessIs(AnalysedText at, int k) {
        Token t = at.tok(k);
        if (!t.isWord() || !t.capitalised || t.possessive || t.inQuote()) {
            return false;
        }
        boolean based = k + 2 < at.tokens.size() && at.tok(k + 1).isPunct('-') && at.tok(k + 2).is("based")
                || t.lower.endsWith("-based");
        return based || WHERE_WORDS.contains(t.lower) || at.lex.isPlace(t.lower, t) || looksLikeNationality(t.lower);
    }

    /**
     * "Smart-home company Vantly is recalling …", "Danish shipping group Nordvik said", "state
     * broadcaster TVN24 reported": a name after a short description that ends in a lower-case body
     * word is that body. The name must not read as a person ("party MP Jan Kowalski"). Null when the
     * sentence does not open so.
     */
    static Mention describedBody(AnalysedText at, MentionReader reader, int start, int before) {
        for (int k = start; k < before - 1 && k - start <= DESCRIPTION; k++) {
            Token t = at.tok(k);
            if (k == start && t.is("the") || k > start && t.is("and") && !at.tok(k + 1).capitalised) {
                continue; // "The electronics and smartphone maker Samsung announced …"
            }
            if (!t.isWord() || t.inQuote() || t.has(Lexicon.FUNCTION) || t.has(Lexicon.DETERMINER) || at.cueAt[k] >= 0) {
                return null;
            }
            if (k == start || t.capitalised || !t.has(Lexicon.ORGANISATION) || !at.tok(k + 1).capitalised) {
                continue;
            }
            Mention name = reader.readForward(k + 1, before);
            if (name == null || name.first() != k + 1 || name.possessive() || !(name.type() == Mention.Type.ORGANISATION
                    || name.type() == Mention.Type.PERSON && name.role() == null && name.gender() == Gender.UNKNOWN)) {
                return null;
            }
            return new Mention(name.first(), name.last(), name.start(), name.end(), Mention.Type.ORGANISATION,
                    name.name(), null, name.head(), Gender.NEUTER, false);
        }
        return null;
    }

    /** Words that name a body of the nominal's kind without its word: "the union" of "California Nurses Association". */
    private static final java.util.Map<String, java.util.Set<String>> KINDRED = java.util.Map.of(
            "union", java.util.Set.of("association", "federation", "guild", "teamsters", "brotherhood", "organisation",
                    "organization"),
            "party", java.util.Set.of("congress", "league", "front", "alliance", "movement"));

    /**
     * "…, the California Nurses Association said. … the union said": no body has the nominal's own word, so the
     * one body met so far whose name says it is of that kind.
     */
    static Entity soleKindredBody(java.util.List<Entity> recent, Mention m) {
        java.util.Set<String> kin = KINDRED.get(m.head());
        if (kin == null || m.gender() == Gender.PLURAL) {
            return null;
        }
        return Entity.sole(recent, e -> e.type == org.quotestance.model.SpeakerType.ORGANISATION
                && java.util.Arrays.stream(e.name.toLowerCase(java.util.Locale.ROOT).split("[ -]")).anyMatch(kin::contains));
    }

    /**
     * "Unite national officer Jason Poulter said … the union said", "INMO general secretary Phil Ní Sheaghdha": the
     * one body named in the roles of the people the story quoted, when the nominal is "the union".
     */
    static Entity unionOfItsOfficials(java.util.List<Entity> recent, Mention m) {
        if (!isOneUnion(m)) {
            return null;
        }
        Entity found = null;
        for (Entity body : recent) {
            if (body.type != org.quotestance.model.SpeakerType.ORGANISATION || body.name.equalsIgnoreCase("union")) {
                continue;
            }
            boolean inARole = recent.stream().anyMatch(p -> p.isPerson() && p.roles.stream().anyMatch(r -> namedIn(r, body)));
            if (inARole) {
                if (found != null && found != body) {
                    return null;
                }
                found = body;
            }
        }
        return found;
    }

    /**
     * "Unite national officer Kieran Doyle … the union said", where the story never names Unite apart: the one body
     * that opens the roles of the people quoted, or null when none or several do.
     */
    static String unionOpeningRoles(AnalysedText at, java.util.List<Entity> recent, Mention m) {
        if (!isOneUnion(m)) {
            return null;
        }
        String found = null;
        for (Entity p : recent) {
            for (String r : p.isPerson() ? p.roles : java.util.List.<String>of()) {
                String body = bodyOpeningRole(at, r);
                if (body != null && found != null && !found.equals(body)) {
                    return null;
                }
                found = body != null ? body : found;
            }
        }
        return found;
    }

    private static boolean isOneUnion(Mention m) {
        return m.head().equals("union") && m.gender() != Gender.PLURAL;
    }

    /**
     * "Unite" of "Unite national officer": the capitalised words that open a role before its lower-case office
     * words, when they are no title and no place. Null when the role opens otherwise.
     */
    private static String bodyOpeningRole(AnalysedText at, String role) {
        String[] words = role.split(" ");
        int k = 0;
        while (k < words.length && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))
                && !at.lex.isTitle(words[k].toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        if (k == 0 || k == words.length || !Character.isLowerCase(words[k].charAt(0))
                || !at.lex.isTitle(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        return at.lex.isPlace(name, null) ? null : name;
    }

    /** The role holds the body's name or one of its other names as whole words ("INMO general secretary"). */
    private static boolean namedIn(String role, Entity body) {
        String r = OfficeRoles.padded(role);
        return r.contains(OfficeRoles.padded(body.name)) || body.aliases.stream().anyMatch(a -> r.contains(OfficeRoles.padded(a)));
    }

    /** "Lancashire Police" for "the force": the body's name holds the word for its kind, or the force's own word. */
    static boolean namesItsKind(String lowerName, String head) {
        return lowerName.contains(head) || head.equals("force")
                && (TokenShapes.hasWord(lowerName, "police") || TokenShapes.hasWord(lowerName, "constabulary"));
    }

    /**
     * "Hooters said in a statement … “…,” the company said.", "Eskom has warned … the utility said": a business
     * word stands for the one-word name the story keeps using, which the reader had no way to tell from a surname.
     * Only a name no pronoun ever gave a gender, with no office and no given name, met in the last few sentences.
     */
    static Entity oneWordBrand(AnalysedText at, java.util.List<Entity> recent, Mention m) {
        if (!at.lex.businessWords.contains(m.head()) || m.gender() == Gender.PLURAL || !isPlainOrBare(at, m)) {
            return null;
        }
        int sentence = at.tok(m.first()).sentence;
        for (Entity e : recent) {
            if (sentence - e.salienceSentence > BRAND_SENTENCES_BACK) {
                return null;
            }
            if (e.type == org.quotestance.model.SpeakerType.ORGANISATION && e.confirmed) {
                return null; // a body the reader already knows is the better candidate; leave it to the others
            }
            if (e.isPerson() && e.gender == Gender.UNKNOWN && e.roles.isEmpty() && e.name.indexOf(' ') < 0
                    && e.aliases.isEmpty() && e.firstToken < m.first() && !at.lex.isPlace(e.name, null)
                    && (at.lex.flags(e.name.toLowerCase(java.util.Locale.ROOT)) & Lexicon.FIRST_NAME) == 0
                    && !personalPronounBetween(at, e.firstToken, m.first())) {
                e.type = org.quotestance.model.SpeakerType.ORGANISATION;
                e.confirmed = true;
                return e;
            }
        }
        return null;
    }

    private static final int BRAND_SENTENCES_BACK = 4;

    /** "Okafor told workers that he had tried …": a he or she outside quotes after the name may stand for it. */
    private static boolean personalPronounBetween(AnalysedText at, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            Token t = at.tok(k);
            if (!t.inQuote() && (t.is("he") || t.is("she") || t.is("him") || t.is("his") || t.is("her"))) {
                return true;
            }
        }
        return false;
    }

    /** "the utility" alone, or a plain description of one ("the Chicago-based airline"): it names no body of its own. */
    private static boolean isPlainOrBare(AnalysedText at, Mention m) {
        return isPlain(at, m) || m.name().equalsIgnoreCase("the " + m.head());
    }

    /** "maker Adidas": the name follows a lower-case word for a kind of body. */
    static boolean introducedByDescription(AnalysedText at, Mention m) {
        Token before = m.first() > 0 ? at.tok(m.first() - 1) : null;
        return before != null && before.isWord() && !before.capitalised && !before.inQuote() && before.has(Lexicon.ORGANISATION);
    }

    /**
     * "according to a large study of nurses and factory workers": the speaker is the study, not the
     * nurses. A lower-case body or source word followed by "of" inside [from, m.first()) heads the phrase.
     */
    static Mention headBeforeOf(AnalysedText at, MentionReader reader, int from, Mention m) {
        if (m == null) {
            return null;
        }
        for (int k = from; k + 1 < m.first(); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote()) {
                return m;
            }
            if (!t.capitalised && (t.has(Lexicon.ORGANISATION) || t.has(Lexicon.SOURCE)) && at.tok(k + 1).is("of")) {
                Mention head = reader.readBackward(k, from);
                return head != null ? head : m;
            }
        }
        return m;
    }

    /** "Swiss", "Dutch", "Kenyan", "Saudi": the endings nationality words have (the lexicon lists only a few). */
    private static boolean looksLikeNationality(String w) {
        return w.endsWith("ish") || w.endsWith("ese") || w.endsWith("an") || w.endsWith("ch") || w.endsWith("ss")
                || w.endsWith("i");
    }

    /** "the National Weather Service office": a named body and a lower-case unit of it is the body. */
    private static String namedBodyBeforeUnit(AnalysedText at, Mention m) {
        int from = at.tok(m.first()).has(Lexicon.DETERMINER) ? m.first() + 1 : m.first();
        if (m.last() - from < 1 || at.tok(m.last()).capitalised) {
            return null;
        }
        if (m.last() - from == 1 && !(MEDIA_UNITS.contains(at.tok(m.last()).lower)
                && !at.tok(from).has(Lexicon.TITLE) && !at.lex.isPlace(at.tok(from).lower, at.tok(from))
                && !looksLikeNationality(at.tok(from).lower))) {
            return null; // "the Handelszeitung newspaper" is Handelszeitung; "the Swiss newspaper" is no name
        }
        for (int k = from; k < m.last(); k++) {
            if (!at.tok(k).isWord() || !at.tok(k).capitalised || at.tok(k).possessive) {
                return null;
            }
        }
        return at.text.substring(at.tok(from).start, at.tok(m.last() - 1).end);
    }

    /**
     * The name a body met only as a phrase goes by: "the state disaster management department" keeps
     * its words; "a large study" is "Study", so that "the study" later is the same one.
     */
    static String nameOf(AnalysedText at, Mention m) {
        String phrase = Subjects.stripArticle(m.name());
        Token first = at.tok(m.first());
        if (!first.is("a") && !first.is("an")) {
            String named = namedBodyBeforeUnit(at, m);
            return SpeakerResolver.capitalise(named != null ? named : phrase);
        }
        StringBuilder name = new StringBuilder();
        for (int k = m.first() + 1; k <= m.last(); k++) {
            Token t = at.tok(k);
            if (t.capitalised || k == m.last()) {
                name.append(name.length() == 0 ? "" : " ").append(at.text, t.start, t.end);
            }
        }
        return SpeakerResolver.capitalise(name.toString());
    }

    /** "The Marion County Sheriff's Office has released … “…,” the agency said.": the body just named, or null. */
    static Entity bodyJustNamed(java.util.List<Entity> recent, Mention m) {
        if (!GENERIC_BODIES.contains(m.head()) || !m.name().equalsIgnoreCase("the " + m.head())) {
            return null;
        }
        for (Entity e : recent) {
            if (e.type == org.quotestance.model.SpeakerType.ORGANISATION && e.confirmed) {
                return e;
            }
        }
        return null;
    }

    /**
     * "The bank said it is cooperating with the CBN": a body its own sentence goes on to name, under
     * its name or an alias, is the one spoken about, not the speaker.
     */
    static boolean namedAfter(AnalysedText at, Mention m, Entity e) {
        Sentence s = at.sentenceOf(m.last());
        if (m.last() + 1 >= s.endToken()) {
            return false;
        }
        String rest = at.text.substring(at.tok(m.last() + 1).start, at.tok(s.endToken() - 1).end).toLowerCase(java.util.Locale.ROOT);
        if (containsWord(rest, e.name.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (String alias : e.aliases) {
            if (containsWord(rest, alias.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In a statement, The Alfred said …" and, two paragraphs on, "The hospital said …": when one named body
     * has spoken so far and its name holds no other kind of body ("Bank of …" for "the hospital"), a plain
     * "the hospital" is that body.
     */
    static Entity soleSpeakingBody(AnalysedText at, java.util.List<Entity> recent, Mention m) {
        if (!m.name().equalsIgnoreCase("the " + m.head()) || at.lex.documentWords.contains(m.head())) {
            return null; // "the study said" is a document of its own, not the hospital that spoke before
        }
        Entity found = Entity.sole(recent,
                e -> e.type == org.quotestance.model.SpeakerType.ORGANISATION && e.confirmed && !e.name.equalsIgnoreCase(m.head()));
        if (found == null) {
            return null;
        }
        return namesAnotherKindOfBody(at, found, m.head()) ? null : found;
    }

    /**
     * "Eskom has warned of more cuts … / the utility said it could not offer an increase": a plain description
     * ("the utility", "the Internet search company") that names no body of its own stands for the body the story
     * last spoke of, when that body's name holds no other kind of body.
     */
    static Entity lastNamedBody(AnalysedText at, java.util.List<Entity> recent, Mention m) {
        if (!isPlainOrBare(at, m) || at.lex.documentWords.contains(m.head())
                || STATE_BODIES.contains(m.head())) {
            return null;
        }
        for (Entity e : recent) {
            // "Turkey … the ministry said": a country's body is not the country
            if (e.type != org.quotestance.model.SpeakerType.ORGANISATION || !e.confirmed || e.name.equalsIgnoreCase(m.head())
                    || at.lex.isPlace(e.name, null)) {
                continue;
            }
            return namesAnotherKindOfBody(at, e, m.head()) || namedAfter(at, m, e) ? null : e;
        }
        return null;
    }

    /** "Bank of Scotland" for "the hospital": the body's name holds a body word other than {@code head}. */
    private static boolean namesAnotherKindOfBody(AnalysedText at, Entity body, String head) {
        for (String word : body.name.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            if (!word.equals(head) && at.lex.organisationWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Samsung said it has taken actions …": a name whose report opens with "it" speaks of itself as a body. */
    static boolean reportsAboutItself(AnalysedText at, Mention subj) {
        for (int k = subj.last() + 1; k < Math.min(at.tokens.size() - 1, subj.last() + 4); k++) {
            if (at.cueAt[k] >= 0) {
                Cue c = at.cues.get(at.cueAt[k]);
                int next = c.last() + 1 < at.tokens.size() && at.tok(c.last() + 1).is("that") ? c.last() + 2 : c.last() + 1;
                return next < at.tokens.size() && at.tok(next).is("it") && at.tok(next).sentence == at.tok(k).sentence;
            }
            if (!at.tok(k).isWord() || at.tok(k).capitalised) {
                return false;
            }
        }
        return false;
    }
}
