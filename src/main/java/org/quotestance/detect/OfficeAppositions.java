package org.quotestance.detect;

/**
 * Offices written out before or after a name in a sentence's subject: "The health minister, Raymond
 * Holt, has …", "Special Adviser to the Governor on Maritime Affairs, Tunde Okafor, condemned …",
 * "Ravi Kulkarni, Union Minister of State for Mines, Steel, Water and Sanitation, said". The name
 * speaks; the office is its role.
 */
final class OfficeAppositions {
    private static final java.util.Set<String> PREPOSITIONS_OF_ROLE = java.util.Set.of("with", "at", "of", "for", "from", "in");
    private static final int LONG_APPOSITION = 30;
    private static final int LONG_COMPLEMENT = 14;

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;

    OfficeAppositions(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
    }

    /**
     * "The Ashanti Regional Minister, Simon Osei Mensah has justified …": many papers leave out the
     * apposition's closing comma; a lower-case word that is no conjunction then starts the predicate.
     */
    private static boolean opensPredicate(Token t) {
        return t.isWord() && !t.inQuote() && (!t.capitalised && !t.is("and") && !t.is("or") && !t.is("nor")
                || t.capitalised && t.has(Lexicon.TIME)); // "…, Jamal Shah Monday emphasised …"
    }

    /** "…, says Western Cape Minister of Health, Theuns Botha.": the full stop that ends the sentence. */
    private boolean endsSentence(int k, int before) {
        return k + 1 == before && at.tok(k).isPunct('.');
    }

    /** "The health minister, Raymond Holt, has refused …": the name between the commas is the subject. */
    Mention nameInApposition(Mention m, int before) {
        int comma = afterAcronymInBrackets(m.last() + 1, before);
        // "The Lagos State Commissioner for Environment", "Board Chairman": a body's name that holds an office
        boolean office = m.type() == Mention.Type.ORGANISATION && holdsOffice(m) || endsInOffice(at, m);
        while (office && comma < before && comma - m.last() <= 6 && isOfficeNameWord(at.tok(comma))) {
            comma++; // "The Lagos State Commissioner for Environment and Water Resources, Tokunbo Wahab, has …"
        }
        if (m.type() == Mention.Type.ORG_NOMINAL && comma + 2 < before && at.tok(comma).isPunct(',')) {
            // "The Swiss technology company, RUAG, says …": the body's name in apposition speaks
            Mention name = reader.readForward(comma + 1, before);
            return name != null && name.type() == Mention.Type.ORGANISATION && name.first() == comma + 1
                    && name.last() + 1 < before && at.tok(name.last() + 1).isPunct(',') ? name : m;
        }
        if (m.type() != Mention.Type.ROLE_NOMINAL && m.type() != Mention.Type.ANONYMOUS && !office) {
            return m;
        }
        if (!office && comma < before && at.tok(comma).isWord() && (PREPOSITIONS_OF_ROLE.contains(at.tok(comma).lower)
                || at.tok(comma).is("to") || at.tok(comma).is("on")
                || at.tok(comma).is("and") && comma + 1 < before && at.tok(comma + 1).isWord())) {
            // "Solomon Islands Prime Minister and chairman of the Melanesian Spearhead Group, Manasseh Sogavare, has …"
            // and "The Minister of Information and Communications, Mr. Mohamed Swaray has …"
            // "Special Adviser to the Governor on Maritime Affairs, Transport and Works, Tunde Okafor, condemned …"
            return nameAfterRoleComplement(m, comma, before);
        }
        if (comma + 2 >= before || !at.tok(comma).isPunct(',')) {
            return m;
        }
        Mention name = reader.readForward(comma + 1, before);
        if (name == null || name.type() != Mention.Type.PERSON || name.first() != comma + 1
                || name.name().indexOf(' ') < 0 && !at.tok(name.first()).has(Lexicon.HONORIFIC) // "the Minister, Mr Cowen"
                || name.last() + 1 >= before
                || !at.tok(name.last() + 1).isPunct(',') && !opensPredicate(at.tok(name.last() + 1))
                && !endsSentence(name.last() + 1, before)) {
            // "The Group Manager, Marketing and Communication, Aniekan Essienette, in a statement …": the
            // office's portfolio in its own commas, then the name
            return office || m.type() == Mention.Type.ROLE_NOMINAL ? nameAfterRoleComplement(m, comma, before) : m;
        }
        String office0 = office ? at.text.substring(m.start(), at.tok(comma - 1).end) : m.name();
        // "Electricity Minister, Dr Kgosientsho Ramokgopa, says": the office, not the "Doctor" of his honorific
        boolean ownOffice = name.role() != null && name.role().indexOf(' ') > 0;
        return subjects.withRole(name, ownOffice ? name.role() : Subjects.stripArticle(office0));
    }


    /**
     * "The Public Relations Officer of the Federal Capital Territory (FCT) Police Command, Anjuguri Manza, …": past
     * an acronym in brackets and the capitalised words that finish the office after it; {@code k} when none is there.
     */
    private int afterAcronymInBrackets(int k, int before) {
        if (!TokenShapes.isAcronymInBrackets(at.text, at.tokens, k, before)) {
            return k;
        }
        int j = k + 3;
        while (j < before && j - k <= 8 && at.tok(j).isWord() && at.tok(j).capitalised && !at.tok(j).inQuote()) {
            j++;
        }
        return j < before && at.tok(j).isPunct(',') ? j : k;
    }

    /**
     * A role with its complement before the name: the first comma in the complement that a full name
     * follows, itself followed by a comma or the predicate, ends the role.
     */
    private Mention nameAfterRoleComplement(Mention m, int from, int before) {
        for (int k = from + 1; k + 2 < before && k - from <= LONG_COMPLEMENT; k++) {
            Token t = at.tok(k);
            if (TokenShapes.isAcronymInBrackets(at.text, at.tokens, k, before)) {
                k += 2; // "the General Secretary of the Ghana National Association of Teachers (GNAT), Angel Carbonou"
                continue;
            }
            if (t.inQuote() || at.cueAt[k] >= 0 || !t.isWord() && !t.isPunct(',') && !t.isPunct('&')) {
                return m;
            }
            if (!t.isPunct(',')) {
                continue;
            }
            Mention name = reader.readForward(k + 1, before);
            if (name != null && name.type() == Mention.Type.PERSON && name.first() == k + 1
                    && name.name().indexOf(' ') > 0 && name.last() + 1 < before
                    && (at.tok(name.last() + 1).isPunct(',') || opensPredicate(at.tok(name.last() + 1)))) {
                return subjects.withRole(name, Subjects.stripArticle(at.text.substring(m.start(), at.tok(k - 1).end)));
            }
        }
        return m;
    }

    /** "Board Chairman", "Acting Police Commissioner": a run read as a body's name that ends in an office word. */
    static boolean endsInOffice(AnalysedText at, Mention m) {
        Token last = at.tok(m.last());
        return m.type() == Mention.Type.ORGANISATION && m.last() > m.first() && last.has(Lexicon.TITLE)
                && !last.has(Lexicon.ORGANISATION);
    }

    /** "Lagos State Commissioner for Environment": a body's name that holds a title followed by "for" or "of". */
    private boolean holdsOffice(Mention m) {
        for (int k = m.first(); k < m.last(); k++) {
            Token t = at.tok(k);
            if (t.isWord() && t.has(Lexicon.TITLE) && (at.tok(k + 1).is("for") || at.tok(k + 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOfficeNameWord(Token t) {
        return t.isWord() && !t.inQuote() && (t.capitalised || t.is("and") || t.is("of") || t.is("for") || t.is("the"))
                || t.isPunct('&');
    }
    /**
     * "Bhagwanth Khuba, Union Minister of State for Chemicals, Fertilisers, New and Renewable Energy, said":
     * an office whose portfolios are listed with commas sits between the name and the cue.
     */
    Mention holderOfListedOffice(int comma, Sentence s) {
        int listCommas = 0;
        for (int k = comma - 1; k > s.firstToken() && comma - k <= LONG_APPOSITION; k--) {
            Token t = at.tok(k);
            if (t.isPunct(',')) {
                if (listCommas > 0 && startsWithTitle(k + 1, comma)) {
                    Mention name = reader.readBackward(k - 1, s.firstToken());
                    return name != null && name.type() == Mention.Type.PERSON && name.role() == null
                            ? subjects.withRole(name, at.text.substring(at.tok(k + 1).start, at.tok(comma - 1).end)) : null;
                }
                listCommas++;
            } else if (t.inQuote() || !t.isWord() && !t.isPunct('&') || !t.capitalised && !isOfficeNameWord(t)) {
                return null;
            }
        }
        return null;
    }

    private boolean startsWithTitle(int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (at.tok(k).isWord() && at.tok(k).has(Lexicon.TITLE) && at.tok(k).capitalised) {
                return true;
            }
        }
        return false;
    }

    /** "It comes after the Minority Leader, Dr. Ato Forson, indicated …": the office before the comma is his role. */
    static Mention withOfficeBefore(AnalysedText at, MentionReader reader, Subjects subjects, Mention m, Sentence s) {
        // a one-word role ("Doctor" from "Dr.") gives way to the office; a longer one is the person's own
        if (m.type() != Mention.Type.PERSON || m.role() != null && m.role().indexOf(' ') > 0
                || m.first() - 2 < s.firstToken() || !at.tok(m.first() - 1).isPunct(',')) {
            return m;
        }
        Mention office = reader.readBackward(m.first() - 2, s.firstToken());
        // "Electricity Minister, Dr Kgosientsho Ramokgopa, says …": a capitalised office opening the sentence is definite too
        boolean opens = office != null && office.first() == s.firstToken() && at.tok(office.first()).capitalised;
        if (office == null || office.type() != Mention.Type.ROLE_NOMINAL
                || !opens && (office.first() == 0 || !at.tok(office.first() - 1).is("the") && !at.tok(office.first()).is("the"))) {
            return m;
        }
        int lead = at.tok(office.first()).is("the") ? office.first() - 1 : office.first() - 2;
        if (lead >= s.firstToken() && at.cueAt[lead] >= 0) {
            return m; // "According to the deputy spokesperson, Muyondi was shot": he is what the source told of
        }
        return subjects.withRole(m, Subjects.stripArticle(office.name()));
    }
}
