package org.quotestance.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions that give people and bodies their salience, in text order, each with a weight by its place:
 * the subject of a cue or of a sentence weighs most, a possessive or a modifier ("the Biden administration")
 * least. Split from {@link SpeakerResolver}, which applies them as it meets the quotes.
 */
final class MentionEvents {
    static final double W_CUE = 1.0;
    static final double W_SUBJECT = 0.8;
    private static final double W_POSSESSIVE_SUBJECT = 0.6;
    private static final double W_OTHER = 0.4;
    private static final double W_POSSESSIVE = 0.25;
    private static final double W_MODIFIER = 0.1;

    record Event(int token, Mention mention, double weight) {
    }

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final NamedEntities names;

    MentionEvents(AnalysedText at, MentionReader reader, Subjects subjects, NamedEntities names) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
        this.names = names;
    }

    /** Every name, and every pronoun that is a sentence's subject, with the weight its place gives it. */
    List<Event> inventory() {
        List<Event> out = new ArrayList<>();
        // a name ends on a capitalised word: only those are visited, not every token of every sentence
        int[] capitals = at.capitalWords;
        int capitalCount = at.capitalWordCount;
        int ci = 0;
        for (Sentence s : at.sentences) {
            if (at.furniture[s.paragraph()]) {
                continue;
            }
            Mention subj = subjects.sentenceSubject(s, s.endToken());
            if (subj != null && subj.type() == Mention.Type.PRONOUN) {
                out.add(new Event(subj.last(), subj, W_SUBJECT));
            }
            while (ci < capitalCount && capitals[ci] < s.firstToken()) {
                ci++;
            }
            for (; ci < capitalCount && capitals[ci] < s.endToken(); ci++) {
                int t = capitals[ci];
                Token tok = at.tok(t);
                if (tok.inQuote() || !reader.isCapitalisedContent(tok)) {
                    continue;
                }
                boolean runEnds = t + 1 >= s.endToken() || !reader.isCapitalisedContent(at.tok(t + 1))
                        || at.tok(t + 1).inQuote() || tok.possessive;
                // "Mohammed bin Salman", "Francis “Chiz” Escudero": the name goes on past a particle or a nickname
                runEnds = runEnds && !(t + 1 < s.endToken() && (at.tok(t + 1).has(Lexicon.NICKNAME)
                        || TokenShapes.nameGoesOnAfter(at.tokens, t + 1, s.endToken())));
                if (!runEnds) {
                    continue;
                }
                Mention m = reader.readBackward(t, s.firstToken());
                if (m == null || !m.type().isName() || m.first() == t && isLoneSentenceOpener(m, s)
                        || s.paragraph() == at.headline && notInBody(at, m) || isPlaceAfterAt(m)) {
                    continue;
                }
                if (m.type() == Mention.Type.PERSON && m.role() == null && subj != null && subj.last() == m.last()
                        && (subj.role() != null && subj.type() == Mention.Type.PERSON || subj.type() == Mention.Type.ORGANISATION)) {
                    // "The health minister, Raymond Holt, has refused …": the office is his role; "Athletic-wear
                    // maker Adidas is alerting …": the description makes the name a body
                    m = subj;
                }
                int next = m.last() + 1;
                if (m.type() == Mention.Type.PERSON && (m.role() == null || at.lex.isHonorificOffice(m.role())) && next < s.endToken()
                        && at.tok(next).isPunct(',') && !TokenShapes.followsPlacePreposition(at.tokens, m.first())
                        && !TokenShapes.insideOpeningPhrase(at.tokens, s.firstToken(), m.first())) {
                    // "Oksana Bilyk, the mayor of Odesa, visited …": the apposition is her role
                    m = subjects.withApposedRole(m, reader.appositionRole(next, s.endToken()));
                }
                m = OfficeAppositions.withOfficeBefore(at, reader, subjects, m, s);
                out.add(new Event(m.last(), m, weight(m, s, subj)));
            }
        }
        return out;
    }

    /** "Judge Assails Last Minute Plea Deals": a title-case headline's "name" the story never uses is no one. */
    static boolean notInBody(AnalysedText at, Mention m) {
        // a name with a known first name ("Viktor Halas") stays a name; so does a full name with its office in a
        // headline written in sentence case ("Governor Michele Bullock: RBA is ‘responding to data’")
        String last = m.name().substring(m.name().lastIndexOf(' ') + 1);
        boolean titled = m.role() != null && m.name().indexOf(' ') > 0 && !at.isTitleCase(at.paragraphs.get(at.headline));
        return (m.name().indexOf(' ') < 0 || m.gender() == Gender.UNKNOWN) && !titled
                && at.text.indexOf(last, at.paragraphs.get(at.headline).end()) < 0;
    }

    /** A place's name after "at" or "in" ({@link TokenShapes#namesPlace}), unless someone of that name speaks. */
    private boolean isPlaceAfterAt(Mention m) {
        return TokenShapes.namesPlace(at.tokens, m) && !names.isKnownSurname(Entity.surnameOf(m.name()))
                && !followedByCue(at, m.last());
    }

    /** "Officials" or "Speaking" opening a sentence alone is no name; a known surname is. */
    private boolean isLoneSentenceOpener(Mention m, Sentence s) {
        return m.first() == s.firstToken() && m.type() == Mention.Type.PERSON && m.role() == null
                && m.name().indexOf(' ') < 0
                && !names.isKnownSurname(m.name())
                && !followedByCue(at, m.last());
    }

    static boolean followedByCue(AnalysedText at, int last) {
        int k = last + 1;
        while (k < at.tokens.size() && at.tok(k).isWord() && at.tok(k).has(Lexicon.FILLER_BEFORE)) {
            k++;
        }
        return k < at.tokens.size() && at.cueAt[k] >= 0;
    }

    private double weight(Mention m, Sentence s, Mention subj) {
        boolean subject = subj != null && subj.last() == m.last();
        if (followedByCue(at, m.last()) && !m.possessive()) {
            return W_CUE;
        }
        if (m.possessive()) {
            return subject ? W_POSSESSIVE_SUBJECT : W_POSSESSIVE;
        }
        if (m.type() == Mention.Type.PERSON && NameLists.isListed(at, reader, m, s.firstToken(), s.endToken())) {
            return W_MODIFIER; // "Others held include Peter Lazaro, Omari Fakhi and Paulo Musisi.": no one a "he" goes on about
        }
        if (subject) {
            return W_SUBJECT;
        }
        int next = m.last() + 1;
        if (next < at.tokens.size() && at.tok(next).isWord() && !at.tok(next).capitalised
                && at.tok(next).has(Lexicon.ORGANISATION)) {
            return W_MODIFIER;
        }
        return W_OTHER;
    }
}
