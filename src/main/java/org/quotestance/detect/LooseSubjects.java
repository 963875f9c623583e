package org.quotestance.detect;

import java.util.Set;

/**
 * Speaker phrases the main reading of {@link Subjects} misses, as real reports write them: a bare
 * role with no closing comma ("Col. Roderick Alba, PNP spokesperson said"), a relative ("the IMF,
 * which predicted"), an infinitive ("police took pains to reiterate"), a quantifier ("Many pointed
 * out"), an owner's office ("his office claimed"), a time phrase before the cue ("Luxon this
 * morning said").
 */
final class LooseSubjects {
    /** "this morning", "last week": the periods a time phrase names */
    static final Set<String> PERIODS = Set.of("morning", "afternoon", "evening",
            "week", "month", "year", "night", "weekend");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> QUANTIFIER_SUBJECTS = Set.of("many", "some", "others",
            "several", "most", "few");

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;

    LooseSubjects(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
    }

    /** The speaker of cue {@code c} when the words right before it ({@code b}) are one of these shapes, or null. */
    Mention before(Cue c, Sentence s, int b) {
        Mention m = null;
        if (b > s.firstToken() && at.tok(b).isWord() && !c.participle()) {
            m = nameBeforeBareRole(b, s);
        }
        int who = pastTimeAfterRelative(b, s);
        if (m == null && who - 2 >= s.firstToken() && (at.tok(who).is("which") || at.tok(who).is("who"))
                && at.tok(who - 1).isPunct(',')) {
            // "with the IMF, which predicted …", "Tuilaepa Malielegaoi, who last November told …"
            Mention antecedent = reader.readBackward(who - 2, s.firstToken());
            m = antecedent != null && antecedent.type().isName() ? antecedent : null;
        }
        if (m == null && b > s.firstToken() && at.tok(b).is("to")) {
            m = subjectOfInfinitive(b, s); // "Malaysian police took pains to reiterate that …"
        }
        if (m == null && b == s.firstToken() && QUANTIFIER_SUBJECTS.contains(at.tok(b).lower)) {
            // "Many pointed out that …", "Others argued …": people the story has just written about
            Token q = at.tok(b);
            m = new Mention(b, b, q.start, q.end, Mention.Type.GROUP, at.text.substring(q.start, q.end), null,
                    q.lower, Gender.PLURAL, false);
        }
        return m;
    }

    private static final java.util.Set<String> TIME_LEADS = java.util.Set.of("last", "this", "next", "on", "in",
            "earlier", "early", "late", "also");

    /** "who last November told": the relative pronoun before a short time phrase that ends at {@code b}, or {@code b}. */
    private int pastTimeAfterRelative(int b, Sentence s) {
        int k = b;
        while (k > s.firstToken() && b - k < 4 && at.tok(k).isWord()
                && (at.tok(k).has(Lexicon.TIME) || TIME_LEADS.contains(at.tok(k).lower))) {
            k--;
        }
        return k < b && (at.tok(k).is("who") || at.tok(k).is("which")) ? k : b;
    }

    /** "X took pains to reiterate", "X was quick to add": the sentence's subject a few words before "to". */
    private Mention subjectOfInfinitive(int to, Sentence s) {
        Mention subject = subjects.sentenceSubject(s, to);
        if (subject != null && subject.last() < to - 2 && (at.tok(to - 1).is("except") || at.tok(to - 1).is("only"))
                && at.tok(to - 2).isPunct(',')) {
            return subject; // "Wolff declined to comment, except to say that …"
        }
        if (subject == null || subject.last() >= to - 1 || to - subject.last() > 4) {
            return null;
        }
        for (int k = subject.last() + 1; k < to; k++) {
            Token t = at.tok(k);
            if (!t.isWord() || t.capitalised || t.inQuote() || at.cueAt[k] >= 0 || t.has(Lexicon.PRONOUN)) {
                return null;
            }
        }
        return subject;
    }

    /**
     * "Police Col. Roderick Alba, PNP spokesperson said that …": a bare role (no article, no closing
     * comma) between a full name and the cue is the name's apposition.
     */
    private Mention nameBeforeBareRole(int b, Sentence s) {
        int comma = b;
        boolean title = false;
        while (comma > s.firstToken() && b - comma < 4 && at.tok(comma).isWord() && !at.tok(comma).inQuote()
                && !at.tok(comma).has(Lexicon.FUNCTION)) {
            title |= at.tok(comma).has(Lexicon.TITLE);
            comma--;
        }
        if (!title || comma == b || !at.tok(comma).isPunct(',') || comma - 1 < s.firstToken()) {
            return null;
        }
        Mention name = reader.readBackward(comma - 1, s.firstToken());
        if (name == null || name.type() != Mention.Type.PERSON || name.last() != comma - 1
                || name.name().indexOf(' ') < 0 || TokenShapes.followsPlacePreposition(at.tokens, name.first())) {
            return null;
        }
        String role = at.textOf(comma + 1, b);
        return new Mention(name.first(), name.last(), name.start(), name.end(), name.type(), name.name(),
                name.role() != null ? name.role() : role, name.head(), name.gender(), name.possessive());
    }

    /** "information reaching his office claimed …": his office speaks for him, so it is read as "he". */
    Mention ownersVoice(Mention m) {
        if (m == null || m.type() != Mention.Type.ORG_NOMINAL || m.last() != m.first() + 1
                || !MentionReader.OWNED_VOICES.contains(m.head())) {
            return m;
        }
        Token owner = at.tok(m.first());
        Gender g = owner.is("his") ? Gender.MALE : owner.is("her") ? Gender.FEMALE : null;
        return g == null ? m : new Mention(m.first(), m.last(), m.start(), m.end(), Mention.Type.PRONOUN,
                owner.is("his") ? "he" : "she", null, owner.is("his") ? "he" : "she", g, false);
    }

    /**
     * "Prime Minister Narendra Modi on Saturday said", "the ministry on Aug. 8 said", "the ministry in a
     * statement said": a time phrase or the channel between the speaker and the cue; returns the token
     * before it, or {@code b} when there is none.
     */
    int beforeAside(int b, int floor) {
        if (b - 1 > floor && REFLEXIVES.contains(at.tok(b).lower)) {
            b--; // "The PM himself admitted"
        }
        // "The police in a statement issued on Wednesday said": the participle after the document too
        if (b - 1 > floor && (at.tok(b).is("issued") || at.tok(b).is("released")) && at.tok(b - 1).isWord()
                && at.lex.issuedDocuments.contains(at.tok(b - 1).base)) {
            b--;
        }
        // "The Iraqi interior ministry in a statement said": the channel is no part of the speaker phrase
        if (b - 2 > floor && at.lex.issuedDocuments.contains(at.tok(b).base) && at.tok(b - 2).is("in")
                && (at.tok(b - 1).is("a") || at.tok(b - 1).is("its") || at.tok(b - 1).is("his") || at.tok(b - 1).is("her"))) {
            return b - 3;
        }
        // "Christopher Luxon this morning said", "the ministry last week said"
        if (b - 1 > floor && PERIODS.contains(at.tok(b).lower)
                && (at.tok(b - 1).is("this") || at.tok(b - 1).is("last") || at.tok(b - 1).is("earlier"))) {
            return b - 2;
        }
        // "police on Tuesday night said": the part of the day after the day's name
        int day = b - 1 > floor && PARTS_OF_DAY.contains(at.tok(b).lower) && at.tok(b - 1).capitalised
                && at.tok(b - 1).has(Lexicon.TIME) ? b - 1 : b;
        int k = day;
        while (k > floor && day - k < 3 && (at.tok(k).kind == Token.Kind.NUMBER || at.tok(k).isPunct('.')
                || at.tok(k).isWord() && at.tok(k).capitalised && at.tok(k).has(Lexicon.TIME))) {
            k--;
        }
        if (k < day && k > floor && at.tok(k).is("on") && at.tok(k + 1).has(Lexicon.TIME)) {
            // "a statement from the constabulary late on Wednesday evening said"
            boolean lateOrEarly = k - 1 > floor && (at.tok(k - 1).is("late") || at.tok(k - 1).is("early"));
            return lateOrEarly ? k - 2 : k - 1;
        }
        return b;
    }

}
