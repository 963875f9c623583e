package org.quotestance.detect;

import java.util.Set;

/**
 * Reads a nominal speaker phrase, a head noun with its determiner and modifiers ("a European defense
 * official", "the ministry", "Sweden’s foreign minister"). Split from {@link MentionReader}, which
 * calls it from its backward read: it looks only at the tokens, the lexicon and the text, so the
 * reads stay pure and cacheable (ADR 0304).
 */
final class NominalReader {
    private static final Set<String> POST_MODIFIER_STARTS = Set.of("for", "of", "at", "from", "with", "in", "on", "to",
            "close", "familiar", "who", "briefed", "involved", "knowledgeable", "speaking", "inside", "within", "near");

    /** Modifiers that qualify an office after them ("the late president") and are never one themselves. */
    private static final Set<String> ONLY_BEFORE_AN_OFFICE = Set.of("late", "former", "then", "interim", "outgoing",
            "incoming", "acting");

    /** the words between an earlier head and the phrase it owns: "a spokesman for the ministry" */
    private static final Set<String> HEAD_LINKS = Set.of("for", "of", "at", "from", "with", "to");

    private final MentionReader reader;
    private final Lexicon lex;
    private final String text;
    private final TokenList tokens;

    NominalReader(MentionReader reader, Lexicon lex, String text, TokenList tokens) {
        this.reader = reader;
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
    }

    boolean isHead(Token t) {
        return t.isWord() && (t.has(Lexicon.SOURCE) || t.has(Lexicon.ORGANISATION)
                || t.has(Lexicon.TITLE) && !t.has(Lexicon.ROLE_MODIFIER));
    }

    /** "a European defense official", "some former Biden administration officials", "the ministry". */
    Mention readNominal(int e, int floor) {
        int head = -1;
        for (int j = e; j >= Math.max(floor, e - 7); j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.inQuote() || reader.isCueWord(t) && j != e) {
                break;
            }
            // "the general said", but not "the constabulary late on Wednesday said": "late" only stands before an office
            boolean lastWordHead = j == e && t.has(Lexicon.TITLE) && !ONLY_BEFORE_AN_OFFICE.contains(t.lower);
            if ((isHead(t) || lastWordHead) && (j == e || POST_MODIFIER_STARTS.contains(tokens.get(j + 1).lower))) {
                head = j;
                break;
            }
        }
        if (head < 0 || verbAfterName(head, e)) {
            return null;
        }
        int k = nominalStart(head, floor);
        Token det = tokens.get(k);
        boolean hasDet = det.has(Lexicon.DETERMINER);
        // "a spokesman for the ministry", "the chief executive of Dyfed's health board": the earlier head wins;
        // so does "ministry" in "the ministry of defence", where the field is a body's word too, and
        // "spokesman" in "the spokesman to the ministry of interior", two steps back
        for (int steps = 0; steps < 2 && (hasDet || k < head && possessiveNameAt(k, head) == k
                || k == head && k > 0 && tokens.get(k - 1).is("of")) && k - 2 >= floor
                && HEAD_LINKS.contains(tokens.get(k - 1).lower)
                && isHead(tokens.get(k - 2)) && !tokens.get(k - 2).capitalised; steps++) {
            head = k - 2;
            k = nominalStart(head, floor);
            det = tokens.get(k);
            hasDet = det.has(Lexicon.DETERMINER);
        }
        int link = hasDet ? -1 : officeLinkBefore(k, floor);
        if (link >= 0) {
            // "the coordinating minister for political, legal and security affairs": the office is the head
            head = link - 1;
            k = nominalStart(head, floor);
            det = tokens.get(k);
            hasDet = det.has(Lexicon.DETERMINER);
        }
        if (!hasDet && k - 2 >= floor && tokens.get(k - 1).is("and") && tokens.get(head).has(Lexicon.TITLE)
                && tokens.get(k - 2).has(Lexicon.TITLE) && !tokens.get(k - 2).capitalised) {
            // "the deputy premier and foreign minister stated": one office holder with two offices
            int first = nominalStart(k - 2, floor);
            if (tokens.get(first).is("the")) {
                k = first;
                det = tokens.get(k);
                hasDet = true;
            }
        }
        if (!hasDet && k < head && possessiveNameAt(k, head) >= 0) {
            // "Chancellor Friedrich Albers’s spokesman", "Sweden’s foreign minister": the possessive determines
            int owner = possessiveNameAt(k, head);
            if (owner == head - 1 && MentionReader.OWNED_VOICES.contains(tokens.get(head).base)) {
                // "according to Haddad’s office": the office speaks for its holder
                Mention m = reader.readBackward(owner, k);
                if (m != null && m.type() == Mention.Type.PERSON) {
                    return m;
                }
            }
            hasDet = true;
        }
        Token h = tokens.get(head);
        Boolean group = lex.sourceNouns.get(h.base);
        boolean plural = group != null ? group : h.base.endsWith("s") && !h.base.endsWith("ss");
        if (!hasDet && !plural && !(k == head && reader.isAtSentenceStart(k))) {
            return null;
        }
        if (!hasDet && k == head && group == null && h.has(Lexicon.ORGANISATION) && !h.has(Lexicon.TITLE)
                && !reader.isAtSentenceStart(k)) {
            return null; // "there were solutions saying …": a bare plural of a company-name word is nobody
        }
        String phrase = text.substring(det.start, tokens.get(e).end);
        Mention.Type type;
        if (h.has(Lexicon.ORGANISATION) && group == null) {
            type = plural && !h.base.equals("news") ? Mention.Type.GROUP : Mention.Type.ORG_NOMINAL;
        } else if (plural) {
            type = Mention.Type.GROUP;
        } else if (det.is("the") && h.has(Lexicon.TITLE)) {
            type = Mention.Type.ROLE_NOMINAL;
        } else {
            type = Mention.Type.ANONYMOUS;
        }
        Gender g = type == Mention.Type.GROUP ? Gender.PLURAL : lex.genderOfWord(h.base);
        if (type == Mention.Type.ORG_NOMINAL) {
            g = Gender.NEUTER;
        }
        return new Mention(k, e, det.start, tokens.get(e).end, type, phrase, null, h.base, g, false);
    }

    /** The "for" or "of" between a lower-case office and its listed fields ("minister for political, legal and …"), or -1. */
    private int officeLinkBefore(int k, int floor) {
        for (int j = k - 1; j - 1 >= floor && k - j <= 8; j--) {
            Token t = tokens.get(j);
            if (t.inQuote() || !(t.isWord() && !t.capitalised || t.isPunct(','))) {
                return -1;
            }
            if (t.is("for") || t.is("of")) {
                Token office = tokens.get(j - 1);
                return office.isWord() && !office.capitalised && office.has(Lexicon.TITLE)
                        && !office.has(Lexicon.ORGANISATION) ? j : -1;
            }
        }
        return -1;
    }

    /** Words that, capitalised after "the" and alone, still only point back to a body named before. */
    private static final Set<String> GENERIC_BODY_WORDS = Set.of("ministry", "department", "commission", "committee",
            "agency", "council", "company", "authority", "bureau", "embassy", "tribunal", "corporation");

    /** "a spokesman for the Department for Health rubbished the report": a past verb right after a name ends the phrase. */
    private boolean verbAfterName(int head, int e) {
        for (int k = head + 2; k <= e; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised && tokens.get(k - 1).capitalised
                    && (t.lower.endsWith("ed") || lex.irregularPast.contains(t.lower))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phrases that point back to a speaker named before: "The Ministry said", "the Commission added" (a
     * capitalised generic body word is no name of its own) and "the statement said" (the statement's issuer,
     * taken as a pronoun would be).
     */
    Mention pointingBack(int e, int floor) {
        Token last = tokens.get(e);
        int d = e - 1 > floor && (tokens.get(e - 1).is("news") || tokens.get(e - 1).is("press")) ? e - 2 : e - 1;
        if (d >= floor && (tokens.get(d).is("the") || tokens.get(d).is("a") && d > 0 && tokens.get(d - 1).is("to"))
                && lex.speakingDocuments.contains(last.lower)
                && !last.capitalised) {
            Token the = tokens.get(d); // "the news release said", "according to a statement"
            return new Mention(d, e, the.start, last.end, Mention.Type.PRONOUN, text.substring(the.start, last.end),
                    null, last.base, Gender.UNKNOWN, false);
        }
        if (e - 1 < floor || !last.capitalised || !tokens.get(e - 1).is("the") || !GENERIC_BODY_WORDS.contains(last.base)
                || e + 1 < tokens.size() && tokens.get(e + 1).sentence == last.sentence && tokens.get(e + 1).is("of")) {
            return null;
        }
        Token the = tokens.get(e - 1);
        return new Mention(e - 1, e, the.start, last.end, Mention.Type.ORG_NOMINAL, text.substring(the.start, last.end),
                null, last.base, Gender.NEUTER, last.possessive);
    }

    private int possessiveNameAt(int from, int head) {
        for (int j = head - 1; j >= from; j--) {
            Token t = tokens.get(j);
            if (t.possessive && t.capitalised && !t.has(Lexicon.PRONOUN)) {
                return j;
            }
        }
        return -1;
    }

    private int nominalStart(int head, int floor) {
        int k = head;
        int mods = 0;
        while (k - 1 >= floor && mods < 6) {
            Token p = tokens.get(k - 1);
            if (p.kind == Token.Kind.NUMBER && p.lower.length() <= 3 && !p.inQuote() && mods < 6) {
                k--; // "10 major trade unions said": a count opens the phrase (not a year: "in 2019 officials said")
                break;
            }
            if (!p.isWord() || p.inQuote()) {
                break;
            }
            if (p.has(Lexicon.DETERMINER)) {
                k--;
                break;
            }
            // a speech verb right after a determiner is a noun: "the state auditor's office", "the report's authors"
            boolean verb = reader.isCueWord(p) && !(k - 2 >= floor && tokens.get(k - 2).has(Lexicon.DETERMINER));
            if (verb || p.has(Lexicon.FUNCTION) && !p.capitalised || reader.isPronoun(p)
                    || p.has(Lexicon.FUNCTION) && p.capitalised || ClauseOpenings.isAuxiliary(p)) {
                break;
            }
            k--;
            mods++;
        }
        return k;
    }

    /** A lower-case word followed, within a couple of words, by a nominal head ("defense" in "defense official"). */
    boolean looksLikeModifier(int j) {
        if (lex.irregularPast.contains(tokens.get(j).lower)) {
            return false; // "Fidan met Russian Foreign Minister Sergei Lavrov": a verb, no modifier
        }
        for (int k = j; k < Math.min(tokens.size(), j + 4); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (isHead(t)) {
                return true;
            }
            // "said council engineer Petra Voss": plain role nouns the lexicon does not know, then a full name
            if (k > j && reader.isNamePart(t) && !t.possessive && (t.has(Lexicon.FIRST_NAME)
                    || k + 1 < tokens.size() && reader.isNamePart(tokens.get(k + 1)))) {
                return true;
            }
            if (t.capitalised || !reader.isPlainNoun(t)) {
                return false;
            }
        }
        return false;
    }
}
