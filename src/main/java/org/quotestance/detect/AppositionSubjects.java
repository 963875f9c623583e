package org.quotestance.detect;

/**
 * The speaker before a comma that closes an apposition: "Miller, a former State Department spokesman,
 * said", "the minister, Claire Dubois, said", "Ines Caldwell, 58, who runs the port, said". Split from
 * {@link Subjects}.
 */
final class AppositionSubjects {
    private static final int SHORT_APPOSITION = 12;
    private static final int LONG_APPOSITION = 30;
    private static final java.util.Set<String> PREPOSITIONS_OF_ROLE = java.util.Set.of("with", "at", "of", "for", "from");
    private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("who", "whose", "which",
            "speaking", "writing", "asked");

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final OfficeAppositions offices;

    AppositionSubjects(AnalysedText at, MentionReader reader, Subjects subjects, OfficeAppositions offices) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
        this.offices = offices;
    }

    /** "Miller, a former State Department spokesman, said": the name before the apposition. */
    Mention beforeApposition(int comma, Sentence s) {
        Mention m = beforeApposition(comma, s, true);
        // "The union representing workers at the plant in Elkhart, Ind., said": no name before a town and its state
        // leaves the phrase before the town's comma, read as it always was
        return m != null ? m : beforeApposition(comma, s, false);
    }

    private Mention beforeApposition(int comma, Sentence s, boolean overStates) {
        Mention holder = offices.holderOfListedOffice(comma, s);
        if (holder != null) {
            return holder;
        }
        for (int k = comma - 1; k >= Math.max(s.firstToken(), comma - LONG_APPOSITION); k--) {
            Token t = at.tok(k);
            if (t.inQuote()) {
                return null;
            }
            if (t.isPunct(',') && comma - k > SHORT_APPOSITION && !RELATIVE_OPENERS.contains(at.tok(k + 1).lower)
                    && !RoleAppositions.opensRoleWithRelative(at, k + 1, comma)
                    && !RoleAppositions.longOffice(at, k + 1, comma)) {
                return null; // a long stretch between commas is a clause of its own, unless "who …" or "speaking …"
            }
            Mention beforeWho = t.is("who") ? RoleAppositions.personBeforeWho(at, reader, k, s.firstToken()) : null;
            if (beforeWho != null) {
                return beforeWho; // "Bernard Keane who is …, told"
            }
            if (overStates && t.isPunct(',') && isStateAfterPlace(k, comma)) {
                comma = k; // "John Hanson, a spokesman at Toyota's U.S. sales unit in Torrance, Calif., said"
                int bodysComma = townAfterBody(k, s);
                if (bodysComma > 0) {
                    comma = bodysComma; // "CFO for AK Steel Corp., Middletown, Ohio, remarked": the town is the body's
                    k = bodysComma;
                }
                continue;
            }
            if (t.isPunct(',') && whichOfABodyInApposition(k, s)) {
                comma = k; // "Monica Hale, a lawyer with the Voting Rights Project, which brought the case, called …"
                continue;
            }
            if (t.isPunct(',')) {
                // "the minister, Claire Dubois, said": the name between the commas is the speaker
                Mention inner = reader.readBackward(comma - 1, k + 1);
                // "Verma, chairman of Uttar Pradesh Vidyut Parishad, said": a body
                // and "LaRouche, press secretary for Gov. Gretchen Whitmer, said": the governor's aide speaks
                boolean body = inner != null && inner.role() != null && (" " + inner.role() + " ").matches(".* (of|for|to) .*");
                if (inner != null && inner.type() == Mention.Type.PERSON && inner.first() == k + 1 && !body
                        && (inner.name().indexOf(' ') > 0 || RoleAppositions.givenNameOnly(at, k))) {
                    Mention source = subjects.sourceCloseTo(k - 1, s);
                    if (source != null) {
                        return source; // "a source close to the chancellor, Rachel Reeves, said": the name is the chancellor's
                    }
                    Mention outer = reader.readBackward(k - 1, s.firstToken());
                    Mention titled = outer == null ? null : personBeforeTitle(outer, s);
                    if (titled != null) {
                        return titled; // "Col. Tunde Briggs, Acting Director, Army Public Relations, said": a unit, no name
                    }
                    String role = inner.role();
                    if (outer != null && (outer.type() == Mention.Type.ROLE_NOMINAL
                            || outer.type() == Mention.Type.ANONYMOUS) && role == null) {
                        role = Subjects.stripArticle(outer.name());
                    }
                    return subjects.withRole(inner, role);
                }
                if (inner != null && inner.type() == Mention.Type.ORGANISATION && inner.first() == k + 1) {
                    Mention outer = reader.readBackward(k - 1, s.firstToken());
                    if (outer != null && outer.type() == Mention.Type.ORG_NOMINAL) {
                        return inner; // "The Swiss technology company, RUAG, says"
                    }
                }
                int nameEnd = k - 1;
                if (nameEnd - 1 > s.firstToken() && (TokenShapes.isPartyTag(at.tok(nameEnd)) || isAge(at.tok(nameEnd)))
                        && at.tok(nameEnd - 1).isPunct(',')) {
                    // "Sen. Lisa Murkowski, R-Alaska, who voted for it, said", "Ines Caldwell, 58, who runs the port, said"
                    nameEnd -= 2;
                }
                Mention m = reader.readBackward(nameEnd, s.firstToken());
                if (m == null && RELATIVE_OPENERS.contains(at.tok(k + 1).lower)) {
                    // "A Western diplomat following the talks, who requested anonymity, said": a source with
                    // a modifier of its own, read from the sentence's start
                    m = RoleAppositions.modifiedSubject(subjects, at, s, nameEnd);
                }
                if (m == null || m.type() == Mention.Type.PRONOUN) {
                    return null;
                }
                Mention titled = personBeforeTitle(m, s);
                if (titled != null) {
                    return titled;
                }
                String role = reader.appositionRole(k, comma + 1);
                if (m.type() == Mention.Type.PERSON) {
                    return subjects.withApposedRole(m, role);
                }
                return m;
            }
        }
        return null;
    }

    /**
     * "Brigadier General Bernard Onyeuku, Acting Director, Defence Media Operations, said": a bare
     * title read between two commas belongs to the full name before it, which is the speaker.
     */
    private Mention personBeforeTitle(Mention title, Sentence s) {
        int comma = title.first() - 1;
        if (title.type() != Mention.Type.ROLE_NOMINAL || comma - 1 <= s.firstToken() || !at.tok(comma).isPunct(',')
                || !at.tok(title.first()).capitalised) { // not "led by Imran Qadir, the interior minister, … said"
            return null;
        }
        Mention person = reader.readBackward(comma - 1, s.firstToken());
        if (person == null || person.type() != Mention.Type.PERSON || person.name().indexOf(' ') < 0
                || person.first() != ClauseOpenings.afterDateline(at, s.firstToken())) {
            return null;
        }
        return person.role() == null ? subjects.withRole(person, title.name()) : person;
    }

    /**
     * ", which …" after a body that is the object of a preposition ("a lawyer with the Voting Rights
     * Project, which brought the case,"): the clause is about the body, and the apposition goes on.
     */
    private boolean whichOfABodyInApposition(int comma, Sentence s) {
        if (comma + 1 >= s.endToken() || !at.tok(comma + 1).is("which") || comma - 1 <= s.firstToken()) {
            return false;
        }
        Mention body = reader.readBackward(comma - 1, s.firstToken());
        // "which", not "who": whatever the name looks like, it is no person
        if (body == null || !body.type().isName() && body.type() != Mention.Type.ORG_NOMINAL) {
            return false;
        }
        int before = body.first() - 1;
        if (before > s.firstToken() && at.tok(before).is("the")) {
            before--;
        }
        return before > s.firstToken() && PREPOSITIONS_OF_ROLE.contains(at.tok(before).lower);
    }

    /**
     * The comma before a town of one or two capitalised words that ends at {@code k} and follows a body
     * ("AK Steel Corp., Middletown", "Steel Dynamics Inc., Fort Wayne"), or -1.
     */
    private int townAfterBody(int k, Sentence s) {
        for (int c = k - 2; c >= k - 3 && c - 1 > s.firstToken(); c--) {
            if (!at.tok(c).isPunct(',')) {
                if (!at.tok(c).isWord() || !at.tok(c).capitalised) {
                    return -1;
                }
                continue;
            }
            int end = at.tok(c - 1).isPunct('.') ? c - 2 : c - 1; // "Corp.", "Inc."
            Mention body = reader.readBackward(end, s.firstToken());
            // "CFO for AK Steel Corp": an office read up to its body ends on the body's word
            return body != null && (body.type() == Mention.Type.ORGANISATION || at.tok(end).has(Lexicon.ORGANISATION)) ? c : -1;
        }
        return -1;
    }

    /** AP-style abbreviations of U.S. states that follow a town: "Torrance, Calif.", "Tulsa, Okla." */
    private static final java.util.Set<String> STATE_ABBREVIATIONS = java.util.Set.of("ala", "ariz", "ark", "calif",
            "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
            "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo");

    /** Tokens (k, comma) are a state or region after a capitalised town at {@code k - 1}: ", Calif.", ", Ontario". */
    private boolean isStateAfterPlace(int k, int comma) {
        if (comma - k < 2 || comma - k > 3 || k < 1 || !at.tok(k - 1).isWord() || !at.tok(k - 1).capitalised) {
            return false;
        }
        Token state = at.tok(k + 1);
        if (!state.isWord() || !state.capitalised) {
            return false;
        }
        boolean abbreviated = STATE_ABBREVIATIONS.contains(state.lower) && comma - k == 3 && at.tok(k + 2).isPunct('.');
        return abbreviated || comma - k == 2 && at.lex.regions.contains(state.lower);
    }

    private static boolean isAge(Token t) {
        return t.kind == Token.Kind.NUMBER && t.lower.length() <= 3;
    }
}
