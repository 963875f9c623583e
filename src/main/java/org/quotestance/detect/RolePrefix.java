package org.quotestance.detect;

/**
 * Words of a role that a name run leaves out because they are neither titles nor capitalised
 * names: "army negotiator Brigadier Khalid al-Tayeb", "MSF emergency coordinator Claire San
 * Filippo", "regional union leader Jurgen Becker". They belong to the speaker phrase as its role.
 */
final class RolePrefix {
    private static final int MAX_WORDS = 5;
    private static final int MAX_JOINED_WORDS = 12;

    private RolePrefix() {
    }

    /** Tokens [from, nameFirst) are one to four role words ending in a lower-case noun. */
    static boolean before(AnalysedText at, int from, int nameFirst) {
        if (nameFirst - from > MAX_WORDS || nameFirst <= from) {
            return false;
        }
        for (int k = from; k < nameFirst; k++) {
            Token t = at.tok(k);
            boolean joins = t.is("and") && k > from && !at.tok(k - 1).capitalised; // "TV doctor and IVF pioneer"
            // "Odisha state disaster manager": "state" before another role word is the state's, not a speech verb
            boolean stateWord = t.is("state") && k + 1 < nameFirst && !at.tok(k + 1).capitalised;
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0 && !stateWord || t.has(Lexicon.FUNCTION) && !joins || t.has(Lexicon.PRONOUN)
                    || t.possessive && k == nameFirst - 1 || !t.capitalised && at.lex.irregularPast.contains(t.lower)) {
                return false; // "Fidan met Russian Foreign Minister Sergei Lavrov": a verb, not a role word
            }
        }
        Token last = at.tok(nameFirst - 1);
        if (nameFirst - 2 >= from && at.tok(nameFirst - 2).has(Lexicon.TITLE) && !last.capitalised
                && last.lower.endsWith("s") && !last.lower.endsWith("ss")) {
            return false; // "ATC judge taunts Imran Khan": a verb after the office, not a role word
        }
        return !last.capitalised || last.has(Lexicon.TITLE);
    }

    /** "said regional union leader Jurgen Becker": role words, then a person's name read from there. */
    static Mention thenName(AnalysedText at, MentionReader reader, int from, int limit) {
        for (int k = from + 1; k < Math.min(limit, from + MAX_WORDS + 1); k++) {
            Token t = at.tok(k);
            if (!t.isWord()) {
                return null;
            }
            if (t.capitalised && before(at, from, k)) {
                Mention m = reader.readForward(k, limit);
                if (m != null && m.type() == Mention.Type.PERSON && m.first() > k) {
                    continue; // "TV doctor and IVF pioneer Professor Robert Winston": more role words first
                }
                return m != null && m.type() == Mention.Type.PERSON && m.first() == k ? withRole(at, m, from) : null;
            }
        }
        return null;
    }

    /**
     * `“…,” says union president, Darrell Bush.`: bare role words, a comma and the full name that ends the
     * clause. The name speaks; the words are its role.
     */
    static Mention roleThenCommaName(AnalysedText at, MentionReader reader, int from, int limit) {
        int comma = from + 1;
        while (comma < limit && comma - from <= MAX_WORDS && at.tok(comma).isWord()) {
            comma++;
        }
        if (comma >= limit || !at.tok(comma).isPunct(',') || !before(at, from, comma)) {
            return null;
        }
        Mention m = reader.readForward(comma + 1, limit);
        if (m == null || m.type() != Mention.Type.PERSON || m.first() != comma + 1 || m.name().indexOf(' ') < 0
                || m.possessive() || m.last() + 1 < limit && !at.tok(m.last() + 1).isPunct('.')
                && !at.tok(m.last() + 1).isPunct(',')) {
            return null;
        }
        String lead = at.text.substring(at.tok(from).start, at.tok(comma - 1).end);
        return new Mention(from, m.last(), at.tok(from).start, m.end(), m.type(), m.name(),
                m.role() == null ? lead : lead + ", " + m.role(), m.head(), m.gender(), false);
    }

    /**
     * "said the paper's lead author and Harbour University physicist Pierre Heidmann.", "…," District
     * Attorney candidate and deputy county prosecutor Noah Phillips said: two roles joined by "and"
     * before the name that ends the clause or comes before the cue.
     */
    static Mention joinedRolesThenName(AnalysedText at, MentionReader reader, int from, int limit) {
        boolean joined = false;
        for (int k = from; k < Math.min(limit - 1, from + MAX_JOINED_WORDS); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0 || t.has(Lexicon.PRONOUN)) {
                return null;
            }
            joined |= t.is("and") && k > from;
            if (joined && t.capitalised) {
                Mention m = reader.readForward(k, limit);
                Token after = m == null || m.last() + 1 >= limit ? null : at.tok(m.last() + 1);
                if (m != null && m.type() == Mention.Type.PERSON && after != null
                        && (after.isPunct('.') || after.isPunct(',') || at.cueAt[m.last() + 1] >= 0
                        || after.isWord() && !after.capitalised && after.has(Lexicon.FUNCTION))) { // "… Berset in an interview"
                    return withRole(at, m, from);
                }
            }
        }
        return null;
    }

    /**
     * "according to Health Department nursing supervisor Pat Williams": a body's name, role words and a
     * person's name are the person, with the body and the words as role; otherwise the body as read.
     */
    static Mention personAfterBody(AnalysedText at, MentionReader reader, Mention body, int limit) {
        if (body == null || body.type() != Mention.Type.ORGANISATION && body.type() != Mention.Type.GROUP
                || body.last() + 2 >= limit) { // "Gatton police officer-in-charge Senior Sergeant X"
            return body;
        }
        int after = body.last() + 1;
        if (after + 3 < limit && at.tok(after).isPunct('(') && at.tok(after + 1).isWord() && at.tok(after + 2).isPunct(')')) {
            after += 3; // "Corran Action Group (CAG) member Michael Foxley": the body's short name between
        }
        Mention person = thenName(at, reader, after, limit);
        return person == null ? body : withRole(at, person, body.first());
    }

    /**
     * "LGRD and Cooperatives Adviser Asif Mahmud said": a body read as the subject is the first half of an
     * office joined by "and"; the person whose name the capitalised run ends with is the subject.
     */
    static Mention personAfterJoinedOffice(AnalysedText at, MentionReader reader, Mention body, int limit) {
        if (body == null || body.type() != Mention.Type.ORGANISATION || body.last() + 2 >= limit
                || !at.tok(body.last() + 1).is("and")) {
            return body;
        }
        int k = body.last() + 2;
        while (k < limit && k - body.last() <= MAX_JOINED_WORDS && at.tok(k).isWord() && at.tok(k).capitalised
                && !at.tok(k).inQuote()) {
            k++;
        }
        Mention person = k - 1 > body.last() + 1 ? reader.readBackward(k - 1, body.last() + 2) : null;
        if (person == null || person.type() != Mention.Type.PERSON || person.role() == null) {
            return body;
        }
        return withRole(at, person, body.first());
    }

    /**
     * "Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development Michael
     * McCormack said": the name run stops at the comma or the "and" of a long office; when only capitalised
     * office words lie between the sentence's start and the name, all of them are the person's role.
     */
    static Mention withOfficeFromOpening(AnalysedText at, Mention m, Sentence s) {
        if (m == null || m.type() != Mention.Type.PERSON || m.first() - s.firstToken() < 2) {
            return m;
        }
        int start = ClauseOpenings.afterDateline(at, s.firstToken()); // read only for a person well into the sentence
        int subject = SentenceOpenings.subjectStart(at, start, m.first());
        if (subject > start && subject < m.first()) {
            start = subject; // "In a statement this evening, the Tánaiste and Minister for Justice Frances Fitzgerald said"
        }
        if (at.tok(start).is("the") && start + 1 < m.first()) {
            start++;
        }
        if (m.first() - start < 2 || m.first() - start > MAX_JOINED_WORDS) {
            return m;
        }
        boolean title = false;
        for (int k = start; k < m.first(); k++) {
            Token t = at.tok(k);
            boolean joiner = t.isPunct(',') || t.is("and") || t.is("for") || t.is("of") || t.is("the");
            if (t.inQuote() || !joiner && !(t.isWord() && t.capitalised) || at.cueAt[k] >= 0 || k == start && joiner) {
                return m;
            }
            title |= t.has(Lexicon.TITLE) && t.capitalised;
        }
        if (!title || !at.tok(start).has(Lexicon.TITLE) && !at.tok(start).has(Lexicon.ROLE_MODIFIER)) {
            return m;
        }
        String role = at.text.substring(at.tok(start).start, at.tok(m.first() - 1).end);
        String bare = at.tok(m.first() - 1).isPunct(',')
                ? at.text.substring(at.tok(start).start, at.tok(m.first() - 2).end) : role;
        // "Scottish Conservative MSP for Aberdeenshire West, Alexander Burnett": the comma before the name ends no
        // office; "The Prime Minister of Samoa, Tuilaepa Malielegaoi, said": the apposition already read that office;
        // "… Minister for Infrastructure, Transport and Regional Development Michael Carmody": the office goes on
        String own = m.role() == null || m.role().equalsIgnoreCase(bare) ? bare : role + " " + m.role();
        return new Mention(start, m.last(), at.tok(start).start, m.end(), m.type(), m.name(), own, m.head(),
                m.gender(), m.possessive());
    }

    /**
     * "according to Chief Political, Legal and Security Minister Luhut Binsar Panjaitan": an office whose
     * portfolios are listed with commas and "and" before the name; the run read at {@code from} stopped at the
     * first comma. The person is the mention, the words before the name its role; otherwise {@code read}.
     */
    static Mention listedOfficeThenName(AnalysedText at, MentionReader reader, Mention read, int from, int limit) {
        if (read == null || read.type() == Mention.Type.PERSON && read.name().indexOf(' ') > 0
                || read.last() + 1 >= limit || !at.tok(read.last() + 1).isPunct(',')) {
            return read;
        }
        boolean and = false;
        for (int k = read.last() + 1; k < limit && k - from <= MAX_JOINED_WORDS; k++) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0 || !t.isPunct(',') && !(t.isWord() && (t.capitalised || t.is("and")))) {
                return read;
            }
            and |= t.is("and");
            if (and && k > from && t.capitalised && at.tok(k - 1).has(Lexicon.TITLE) && at.tok(k - 1).capitalised) {
                Mention m = reader.readForward(k, limit);
                return m != null && m.type() == Mention.Type.PERSON && m.first() == k && m.name().indexOf(' ') > 0
                        ? withRole(at, m, from) : read;
            }
        }
        return read;
    }

    /** The person mention widened to start at {@code from}, the role words joined to any role it had. */
    static Mention withRole(AnalysedText at, Mention m, int from) {
        String lead = at.text.substring(at.tok(from).start, at.tok(m.first() - 1).end);
        String role = m.role() == null ? lead : lead + " " + m.role();
        return new Mention(from, m.last(), at.tok(from).start, m.end(), m.type(), m.name(), role, m.head(),
                m.gender(), m.possessive());
    }
}
