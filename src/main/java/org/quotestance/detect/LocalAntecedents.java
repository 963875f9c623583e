package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.Locale;

/**
 * Who a pronoun, a bare quote paragraph or an office stands for when the sentences right before
 * say it: the subject of the previous sentence ("Orlov later rejected that account. “…,” he
 * said."), the person a narrative paragraph was about, the other side of a rapid exchange, the
 * person a profile is about. Salience ({@link SpeakerResolver}) decides only when these are silent.
 */
final class LocalAntecedents {
    private final SpeakerResolver resolver;
    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;

    private final SentencePeople people;

    LocalAntecedents(SpeakerResolver resolver, AnalysedText at, MentionReader reader, Subjects subjects) {
        this.resolver = resolver;
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
        this.people = new SentencePeople(resolver, at, reader);
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "when", "because", "before",
            "while", "whilst", "once", "since", "until");

    /**
     * "Orlov later rejected that account. “…,” he said.": a he or she that is its sentence's
     * subject stands for the person who was the subject of the sentence before, when the gender
     * agrees. Salience alone would pick whoever was quoted most recently.
     */
    Entity previousSubject(Mention m, Gender g) {
        if (g == Gender.PLURAL) {
            return previousGroup(m);
        }
        if (g == Gender.NEUTER) {
            return previousBody(m);
        }
        // "the 47-year-old told …" stands for the person just written about, whatever the gender
        // (and "the Croatian", "the pensioner": a describing word with no gender of its own)
        boolean age = g == Gender.UNKNOWN && (TokenShapes.isAgeDescriptor(at.tok(m.last()))
                || at.lex.describesPerson(at.tok(m.last()).base));
        if (g != Gender.MALE && g != Gender.FEMALE && !age) {
            return null;
        }
        int si = at.tok(m.first()).sentence;
        Mention own = subjects.sentenceSubject(at.sentences.get(si), m.last() + 1);
        // "… and he said", and "Kerr was asked to leave after she said …": a clause joined to the subject's own
        boolean coordinated = m.first() > 0 && (at.tok(m.first() - 1).is("and") || at.tok(m.first() - 1).is("but")
                || SUBORDINATORS.contains(at.tok(m.first() - 1).lower));
        // "Judge O’Kelly said the claims were serious and he said he had grave concerns": the same subject
        if (own != null && own.last() < m.first() && (quoteBetween(own.last(), m.first()) || coordinated)) {
            // "Her husband, Marek, has learned … 3 a.m. “She sleeps four hours,” he says." in one sentence
            Entity e = people.personOf(own);
            if (e == null) {
                e = people.namedInApposition(own, at.sentences.get(si));
            }
            if (e != null && (e.gender == g || age && e.isPerson()
                    || e.gender == Gender.UNKNOWN && (e.confirmed || SpeakerResolver.unknownButNamed(e, at.lex)))) {
                return e;
            }
        }
        boolean subject = own != null && own.last() == m.last() || resolver.followedByCue(m.last());
        if (!subject || si == 0) {
            return null;
        }
        int before = at.beforeQuotedSentences(si - 1);
        Sentence prev = at.sentences.get(before);
        int from = before < si - 1 ? at.sentences.get(before + 1).paragraph() : at.tok(m.first()).paragraph;
        if (at.furniture[prev.paragraph()] || from - prev.paragraph() > 1) {
            return null;
        }
        Entity according = accordingSource(prev, g);
        if (according != null) {
            return according; // "According to him, the governor was wrong. He also said …": the source, not the governor
        }
        Mention prevSubject = subjects.sentenceSubject(prev, prev.endToken());
        Entity narrated = subjectAcrossAnAside(prev, prevSubject, g);
        if (narrated != null) {
            return narrated;
        }
        Entity e = prevSubject == null ? null : people.closingCueSpeaker(prev, prevSubject, subjects);
        if (e == null) {
            e = people.personOf(prevSubject);
        }
        Entity closing = people.closingClauseSubject(prev);
        if (closing != null && (closing.gender == g || closing.gender == Gender.UNKNOWN)) {
            e = closing; // "Luxon said the talks were in their final stages, and Peters agreed. “…,” he said."
        }
        if (e == null && prevSubject != null) {
            e = people.namedInApposition(prevSubject, prev);
        }
        if (e == null && prevSubject != null && (prevSubject.type() == Mention.Type.ANONYMOUS
                || prevSubject.type() == Mention.Type.ROLE_NOMINAL)) {
            // "A council spokesman said …. He said …", "the daughter … said …. “…,” she said": the
            // unnamed source or the role who has just spoken
            Entity source = unnamedSpeakerOf(prev, prevSubject);
            if (source == null && isDefiniteOffice(prevSubject)) {
                // "The coach’s actions drew a yellow card, but he was unrepentant. “…,” he said.": a story
                // about an unnamed office holder
                source = resolver.entityFor(prevSubject);
            }
            if (source != null && (source.gender == g || source.gender == Gender.UNKNOWN)) {
                return source;
            }
        }
        if (e == null) {
            e = resolver.quoteSpeakerBySentence.get(si - 1); // a quote paragraph, then "She said …"
        }
        // "The Nordic countries would …, she said.": the sentence's speaker when its subject is no person
        for (int t = prev.firstToken(); e == null && t < prev.endToken(); t++) {
            if (at.cueAt[t] >= 0 && !at.tok(t).inQuote()) {
                Cue c = at.cues.get(at.cueAt[t]);
                e = people.personOf(subjects.of(c));
                t = c.last();
            }
        }
        if (e == null && prevSubject != null && prevSubject.type() == Mention.Type.PRONOUN) {
            e = resolver.resolvedAt.get(prevSubject.last()); // "He said Sesay inherited it. He said he would …": the same "he"
        } else if (e == null && (prevSubject == null || prevSubject.type() != Mention.Type.PERSON)) {
            e = people.onlyPersonIn(prev); // "The shooting happened in Kerry O’Connell’s driveway. “…,” he recalled."
        }
        if (e == null || e.gender == Gender.UNKNOWN && !e.confirmed && !knownBySurname(e)
                && !(prevSubject != null && prevSubject.type() == Mention.Type.PERSON && isAged(prevSubject.last() + 1))) {
            return null;
        }
        return e.gender == g || e.gender == Gender.UNKNOWN || age && e.isPerson() ? e : null;
    }

    /**
     * "Duff pinpointed his side moving away from the game plan. The defeat means the outfit drop out of the
     * top six. “…,” he said.": a sentence in the same paragraph that names no one does not break the line
     * back to the person the paragraph opened with.
     */
    private Entity subjectAcrossAnAside(Sentence prev, Mention prevSubject, Gender g) {
        if (prevSubject != null || prev.index() == 0 || !people.namesNoOne(prev)) {
            return null;
        }
        Sentence earlier = at.sentences.get(prev.index() - 1);
        if (earlier.paragraph() != prev.paragraph()) {
            return null;
        }
        Mention subject = subjects.sentenceSubject(earlier, earlier.endToken());
        Entity e = subject == null || subject.type() != Mention.Type.PERSON ? null : people.personOf(subject);
        return e != null && e.confirmed && (e.gender == g || SpeakerResolver.unknownButNamed(e, at.lex)) ? e : null;
    }

    /** The person behind a sentence-opening "according to", when the gender agrees. */
    private Entity accordingSource(Sentence prev, Gender g) {
        int ci = at.cueAt[prev.firstToken()];
        if (ci < 0 || at.cues.get(ci).cueClass() != CueClass.ACCORDING) {
            return null;
        }
        Cue c = at.cues.get(ci);
        Entity e = resolver.resolvedAt.get(c.last() + 1); // "According to him": the pronoun as it was resolved
        if (e == null) {
            e = people.personOf(subjects.of(c));
        }
        return e != null && e.isPerson() && (e.gender == g || e.gender == Gender.UNKNOWN) ? e : null;
    }

    /** Capitalised words with no capitals joined inside but a surname's "Mc", "Mac", "O’" or "D’". */
    private static final java.util.regex.Pattern PERSON_NAME =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+ )+(Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+");

    /**
     * "Erling Haaland was happy … / Haaland struck the spot … / He later said: …": a full name of no known gender
     * that the story goes on to call by its last word alone, the way it calls people, may be "he" or "she".
     */
    private static boolean knownBySurname(Entity e) {
        // not "Bharti-backed OneWeb": a company's name joins words and capitals as a person's seldom does
        return e.isPerson() && e.namedFreely && e.name.indexOf(' ') > 0 && e.aliases.contains(e.surname())
                && PERSON_NAME.matcher(e.name).matches();
    }

    /**
     * The sentence before a pronoun that speaks ({@code m} followed by a cue), when it is body text
     * in the same paragraph or the one before; otherwise null.
     */
    private Sentence sentenceBeforeSpeaking(Mention m) {
        int si = at.tok(m.first()).sentence;
        if (!resolver.followedByCue(m.last()) || si == 0) {
            return null;
        }
        Sentence prev = at.sentences.get(si - 1);
        if (at.furniture[prev.paragraph()] || at.tok(m.first()).paragraph - prev.paragraph() > 1) {
            return null;
        }
        return prev;
    }

    /**
     * "The study, published in …, followed 48,000 people. It said …": an "it" that speaks stands for
     * the body or the study that was the subject of the sentence before.
     */
    private Entity previousBody(Mention m) {
        Sentence prev = sentenceBeforeSpeaking(m);
        if (prev == null) {
            return null;
        }
        Mention subj = subjects.sentenceSubject(prev, prev.endToken());
        if (subj != null && subj.type() == Mention.Type.PERSON && subj.first() == subj.last() && subj.role() == null
                && subj.gender() == Gender.UNKNOWN) {
            // "In a statement, Constellium said …. “…,” it said.": "it" makes the one unknown word a company
            Entity e = resolver.entityFor(subj);
            if (e != null && e.isPerson() && e.gender == Gender.UNKNOWN && e.roles.isEmpty()
                    && e.name.indexOf(' ') < 0) {
                e.type = SpeakerType.ORGANISATION;
                return e;
            }
            return null;
        }
        if (subj == null) {
            subj = StatementIssuers.documentAt(at, reader, prev.firstToken(), prev.endToken()); // "The advisory comes with …"
        }
        if (subj != null && subj.type() == Mention.Type.PRONOUN && at.lex.speakingDocuments.contains(subj.head())) {
            // "The advisory comes with a note …. It also says …": the document speaks for whoever issued it
            subj = StatementIssuers.named(at, reader, subjects, subj);
        }
        if (subj == null || subj.type() != Mention.Type.ORGANISATION && subj.type() != Mention.Type.ORG_NOMINAL) {
            return null;
        }
        Entity e = resolver.entityFor(subj);
        return e != null && e.type == SpeakerType.ORGANISATION ? e : null;
    }

    /** "the coach", "The club’s manager": one unnamed holder of an office, no group. */
    private boolean isDefiniteOffice(Mention m) {
        boolean definite = at.tok(m.first()).is("the") || m.first() > 0 && at.tok(m.first() - 1).is("the");
        return (m.type() == Mention.Type.ROLE_NOMINAL || m.type() == Mention.Type.ANONYMOUS) && definite
                && (at.lex.flags(m.head()) & Lexicon.TITLE) != 0 && m.gender() != Gender.PLURAL;
    }

    /** The unnamed source that opens sentence {@code s} as the subject of its first cue, or null. */
    private Entity unnamedSpeakerOf(Sentence s, Mention subject) {
        for (int t = subject.last() + 1; t < s.endToken(); t++) {
            if (at.cueAt[t] >= 0 && !at.tok(t).inQuote()) {
                Mention m = subjects.of(at.cues.get(at.cueAt[t]));
                return m != null && (m.type() == Mention.Type.ANONYMOUS || m.type() == Mention.Type.ROLE_NOMINAL)
                        && m.first() == subject.first() ? resolver.entityFor(m) : null;
            }
        }
        return null;
    }

    /** "Residents … described streets covered in ash. Some houses survived, they said.": the group just named. */
    private Entity previousGroup(Mention m) {
        // "Researchers from Yale are offering an explanation: before birth, they say, mammals dream …"
        Mention own = subjects.sentenceSubject(at.sentenceOf(m.first()), m.first());
        if (own != null && own.type() == Mention.Type.GROUP && own.last() < m.first() - 2) {
            Entity e = resolver.entityFor(own);
            if (e != null && e.type == SpeakerType.GROUP) {
                return e;
            }
        }
        Sentence prev = sentenceBeforeSpeaking(m);
        if (prev == null) {
            return null;
        }
        // "…, according to two people familiar with the talks. …, one of them said.": the speaking group first
        for (int t = prev.firstToken(); t < prev.endToken(); t++) {
            if (at.cueAt[t] >= 0 && !at.tok(t).inQuote()) {
                Cue c = at.cues.get(at.cueAt[t]);
                Mention speaker = c.cueClass() == CueClass.LABEL ? null : subjects.of(c);
                Entity member = speaker != null && speaker.type() == Mention.Type.PRONOUN
                        ? resolver.resolvedAt.get(speaker.last()) : null;
                if (member != null && member.type == SpeakerType.GROUP) {
                    return member; // "One wrote on X: …. Another posted: …": the same group again
                }
                if (speaker != null && speaker.type() == Mention.Type.GROUP) {
                    Entity e = resolver.entityFor(speaker);
                    if (e != null && e.type == SpeakerType.GROUP) {
                        return e;
                    }
                }
                t = c.last();
            }
        }
        Mention subj = subjects.sentenceSubject(prev, prev.endToken());
        if (subj != null && subj.type() == Mention.Type.PERSON && subj.first() == subj.last()
                && Boolean.TRUE.equals(at.lex.sourceNouns.get(at.tok(subj.last()).base))) {
            // "Residents who returned …": a capitalised plural source noun opening the sentence
            subj = new Mention(subj.first(), subj.last(), subj.start(), subj.end(), Mention.Type.GROUP,
                    at.text.substring(subj.start(), subj.end()), null, at.tok(subj.last()).base, Gender.PLURAL, false);
        }
        if (subj != null && subj.type() == Mention.Type.ANONYMOUS) {
            // "A senior government source played it down. “…,” they said.": the singular they of a source
            Entity source = unnamedSpeakerOf(prev, subj);
            return source != null ? source : resolver.entityFor(subj);
        }
        if (subj == null || subj.type() != Mention.Type.GROUP) {
            return null;
        }
        Entity e = resolver.entityFor(subj);
        return e != null && e.type == SpeakerType.GROUP ? e : null;
    }

    private boolean quoteBetween(int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (at.tok(t).inQuote()) {
                return true;
            }
        }
        return false;
    }

    /** "Mykola, 72, …": an age after a name makes it a person. */
    private boolean isAged(int t) {
        return t + 2 < at.tokens.size() && at.tok(t).isPunct(',') && at.tok(t + 1).kind == Token.Kind.NUMBER
                && at.tok(t + 2).isPunct(',');
    }

    /**
     * "Morag Robertson has run the café by the pier for 22 years. On a grey morning, two tables were
     * taken." then a quote paragraph with no cue: the person the paragraph before was about speaks.
     * Only a paragraph of narrative counts (no quotation in it), and only a person who is the
     * subject of one of its sentences.
     */
    Entity introducedBefore(Finding f) {
        if (f.mention == null && f.region >= 0 && !resolver.startsParagraph(f)) {
            return subjectJustBefore(f);
        }
        if (f.mention != null || f.region < 0 || f.paragraph == 0 || !resolver.startsParagraph(f)) {
            return null;
        }
        Paragraph p = at.paragraphs.get(f.paragraph - 1);
        if (p.isEmpty() || at.furniture[p.index()] || p.index() == at.headline) {
            return null;
        }
        for (int t = p.firstToken(); t < p.endToken(); t++) {
            if (at.tok(t).inQuote()) {
                return null;
            }
        }
        Entity found = null;
        int s = at.tok(p.firstToken()).sentence;
        int last = at.tok(p.endToken() - 1).sentence;
        for (; s <= last; s++) {
            Sentence sentence = at.sentences.get(s);
            Mention subject = subjects.sentenceSubject(sentence, sentence.endToken());
            Entity e = people.personOf(subject);
            if (e == null && subject != null) {
                e = people.namedInApposition(subject, sentence);
            }
            if (e != null && (e.confirmed || SpeakerResolver.unknownButNamed(e, at.lex) || isAged(subject.last() + 1))) {
                found = e;
            }
        }
        return found;
    }

    /**
     * "Kettering was more direct. “We play the way that wins …”": a quote with no speaker of its own
     * that opens a sentence right after a sentence of narrative, in the same paragraph, about a
     * person is that person's.
     */
    private Entity subjectJustBefore(Finding f) {
        int anchor = f.anchor;
        int si = at.tok(anchor).sentence;
        Sentence own = at.sentences.get(si);
        if (si == 0 || own.firstToken() != anchor && !(own.firstToken() == anchor - 1 && !at.tok(anchor - 1).isWord())) {
            return null;
        }
        Sentence prev = at.sentences.get(si - 1);
        if (prev.paragraph() != f.paragraph) {
            return null;
        }
        for (int t = prev.firstToken(); t < prev.endToken(); t++) {
            if (at.tok(t).inQuote() || at.cueAt[t] >= 0) {
                return null;
            }
        }
        Mention subject = subjects.sentenceSubject(prev, prev.endToken());
        Entity e = people.personOf(subject);
        Token first = at.tok(prev.firstToken());
        if (subject == null && first.isWord() && first.capitalised && !first.has(Lexicon.FUNCTION)) {
            e = resolver.knownPerson(at.text.substring(first.start, first.end)); // a surname alone opens it
        }
        return e != null && (e.confirmed || SpeakerResolver.unknownButNamed(e, at.lex)) ? e : null;
    }

    /**
     * "Victoria Ciobanu keeps a chart on her office wall. … “…,” the energy minister says.": an office
     * no one has been named with is the person without a role whom the last two sentences were about.
     */
    Entity roleOfTheProfiled(Mention m) {
        // "the widow" describes the person written about; "the judge" of a court story is an office of its own
        // "The former chairman of the commission": a past office describes the person, whatever his roles now
        boolean former = at.tok(m.first()).is("former") || at.tok(m.first() + 1).is("former")
                || at.tok(m.first()).lower.startsWith("ex-");
        // "The mayor of Narvik has said …" after a named driver: an office whose "the" stands outside the mention is
        // a person of its own, unless it is a past one ("the Ex-President") or follows a quote ("“…,” concluded the
        // leader of Chega" names again the person the quotes are from)
        boolean outside = m.first() > 0 && at.tok(m.first() - 1).is("the");
        boolean definite = m.name().toLowerCase(Locale.ROOT).startsWith("the ")
                || outside && (former || !at.tok(m.first()).capitalised && afterQuote(m));
        if (!definite || OfficeHolders.COURT_OFFICES.contains(m.head())) {
            return null;
        }
        for (int k = m.first(); k < m.last(); k++) {
            if (at.tok(k).possessive) {
                return null; // "the prime minister’s spokesperson" speaks for the prime minister, and is not him
            }
        }
        int si = at.tok(m.first()).sentence;
        // "Pauline Braithwaite, 74, handed over … / But weeks later the roof … / '…,' the widow told": the
        // last person a sentence was about, over sentences about things, within two paragraphs
        for (int back = 1; back <= 3 && si - back >= 0; back++) {
            Sentence prev = at.sentences.get(si - back);
            if (at.furniture[prev.paragraph()] || at.tok(m.first()).paragraph - prev.paragraph() > 2) {
                return null;
            }
            Mention subject = subjects.sentenceSubject(prev, prev.endToken());
            Entity e = people.personOf(subject);
            if (subject != null && e == null) {
                return null; // "A senior European official said …": someone else was just talked about
            }
            if (e != null) {
                if (!e.roles.isEmpty() && !former || e.name.indexOf(' ') < 0 || outside && !e.confirmed
                        || e.gender != Gender.UNKNOWN && m.gender() != Gender.UNKNOWN && e.gender != m.gender()) {
                    return null;
                }
                e.addRole(Subjects.stripArticle(m.name()));
                return e;
            }
        }
        return null;
    }

    /** Whether a quotation closes in the sentence of {@code m} before it: "“…,” concluded the leader of Chega". */
    private boolean afterQuote(Mention m) {
        Sentence s = at.sentences.get(at.tok(m.first()).sentence);
        for (int k = m.first() - 1; k >= s.firstToken() && m.first() - k <= AFTER_QUOTE; k--) {
            if (at.tok(k).inQuote()) {
                return true;
            }
        }
        return false;
    }

    /** how far before a role phrase the quotation it follows may close: the cue and a comma */
    private static final int AFTER_QUOTE = 4;
}
