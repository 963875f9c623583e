package org.quotestance.detect;

/**
 * Long appositions and modifiers between a speaker and the cue that a plain comma-to-comma read
 * misses: "Prof Kevin Marsh, a sports physiologist at Loughborough University who was not involved
 * in the study, said …", "One driver, who gave only his first name, Tomasz, said …", "A Western
 * diplomat following the talks, who requested anonymity, said …".
 */
final class RoleAppositions {
    /** A modifier after a source noun ("following the talks", "at the embassy") runs this far at most. */
    private static final int MODIFIER = 6;
    /** a restrictive relative clause or participle between a subject and its cue runs this far at most */
    private static final int RESTRICTED = 10;

    private RoleAppositions() {
    }

    /**
     * "a sports physiologist at Loughborough University who was not involved in the study": an
     * apposition in tokens [from, comma) that opens with an article and carries a relative clause
     * (who/whose) with no cue or quotation in it is a role, however long.
     */
    static boolean opensRoleWithRelative(AnalysedText at, int from, int comma) {
        Token first = at.tok(from);
        if (!first.is("a") && !first.is("an") && !first.is("the")) {
            return false;
        }
        boolean relative = false;
        for (int k = from + 1; k < comma; k++) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0 || t.isPunct(',') || t.isPunct(';')) {
                return false;
            }
            relative |= t.is("who") || t.is("whose");
        }
        return relative;
    }

    /** how far into an apposition its office's title may come: "special agent in charge", "deputy chief executive" */
    private static final int TITLE_WITHIN = 3;
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "has", "have",
            "had", "will", "would", "can", "could");

    /**
     * "special agent in charge of the Georgia Bureau of Investigation office in Perry": an apposition in tokens
     * [from, comma) that opens with an office's title and holds no verb, cue or quotation is a role, however long.
     */
    static boolean longOffice(AnalysedText at, int from, int comma) {
        boolean title = false;
        for (int k = from; k < comma; k++) {
            Token t = at.tok(k);
            if (t.inQuote() || at.cueAt[k] >= 0 || t.isPunct(';') || t.isPunct('—') || t.isPunct('–')
                    || t.isWord() && (t.has(Lexicon.VERB) || AUXILIARIES.contains(t.lower))) {
                return false; // "the police have arrested 50 leaders …": a clause, not an office
            }
            title |= k - from < TITLE_WITHIN && t.isWord() && !t.capitalised && at.lex.isTitle(t.lower);
        }
        return title;
    }

    /** "who gave only his first name, Tomasz,": a lone given name after "name" is the person. */
    static boolean givenNameOnly(AnalysedText at, int comma) {
        return comma > 0 && at.tok(comma - 1).is("name");
    }

    /**
     * The sentence's subject when it ends a short modifier before {@code end} ("A Western diplomat
     * following the talks"), only for an unnamed source or group: a name is read directly.
     */
    static Mention modifiedSubject(Subjects subjects, AnalysedText at, Sentence s, int end) {
        Mention m = subjects.sentenceSubject(s, end + 1);
        if (m == null || m.first() != s.firstToken() || m.last() >= end || end - m.last() > MODIFIER
                || m.type() != Mention.Type.ANONYMOUS && m.type() != Mention.Type.GROUP) {
            return null;
        }
        for (int k = m.last() + 1; k <= end; k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0 || t.has(Lexicon.VERB)) {
                return null;
            }
        }
        return m;
    }

    /**
     * "the daughter whose complaint started the investigation said", "Activists working in the
     * area said": a sentence subject followed, with no comma, by a relative clause (who/whose) or
     * a participle ("working …") that runs up to the cue at {@code end} + 1. Only a source noun
     * takes a participle: "Prices rising in the area said" is no shape of speech.
     */
    static Mention restrictedSubject(Subjects subjects, AnalysedText at, Sentence s, int end) {
        for (int k = end; k > s.firstToken() && end - k < RESTRICTED; k--) {
            Token t = at.tok(k);
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0) {
                return null;
            }
            boolean relative = t.is("who") || t.is("whose");
            boolean participle = !t.capitalised && t.lower.endsWith("ing") && t.lower.length() > 5;
            if (!relative && !participle) {
                continue;
            }
            Mention m = capitalisedSource(at, subjects.sentenceSubject(s, k));
            if (m == null || m.last() != k - 1 || m.possessive()
                    || participle && m.type() != Mention.Type.ANONYMOUS && m.type() != Mention.Type.GROUP
                    || relative && m.type() == Mention.Type.PRONOUN) {
                return null;
            }
            return m;
        }
        return null;
    }

    /**
     * An unnamed group is who the modifier says: "Supervisors who backed it", "Activists working
     * in the area" are not all supervisors or activists. One person keeps the head the modifier
     * tells about ("the teacher whose pupils …" is the teacher), a name is already who it is.
     */
    static Mention withModifier(AnalysedText at, Mention m, int end) {
        if (m.type() != Mention.Type.GROUP) {
            return m;
        }
        int stop = at.tok(end).end;
        return new Mention(m.first(), end, m.start(), stop, m.type(), at.text.substring(m.start(), stop), m.role(),
                m.head(), m.gender(), m.possessive());
    }

    /** "Activists", capitalised as a sentence's first word, reads as a name: it is the source noun it spells. */
    private static Mention capitalisedSource(AnalysedText at, Mention m) {
        if (m == null || m.type() != Mention.Type.PERSON || m.first() != m.last() || m.role() != null) {
            return m;
        }
        Token t = at.tok(m.first());
        Boolean group = at.lex.sourceNouns.get(t.base);
        if (group == null) {
            return m;
        }
        return new Mention(m.first(), m.last(), m.start(), m.end(), group ? Mention.Type.GROUP : Mention.Type.ANONYMOUS,
                m.name(), null, t.base, group ? Gender.PLURAL : Gender.UNKNOWN, false);
    }

    /** "Munster delegate Bernard Keane who is the team’s liaison officer, told …": the person a bare "who" follows. */
    static Mention personBeforeWho(AnalysedText at, MentionReader reader, int who, int floor) {
        if (who - 1 < floor || at.tok(who - 1).isPunct(',')) {
            return null; // ", who …," is an apposition the comma scan reads
        }
        Mention m = reader.readBackward(who - 1, floor);
        return m != null && m.type() == Mention.Type.PERSON && m.name().indexOf(' ') > 0 ? m : null;
    }
}
