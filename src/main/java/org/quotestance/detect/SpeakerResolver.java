package org.quotestance.detect;

import org.quotestance.model.QuoteKind;
import org.quotestance.model.SpeakerType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns speaker phrases into canonical speakers and gives unattributed quotes and pronouns their
 * antecedent. Names are canonical inside the article ("Hegseth" = "U.S. Secretary of Defense Pete
 * Hegseth" = one speaker "Pete Hegseth"). Pronouns and bare quotes go to the most salient person
 * of agreeing gender: mentions add weight by their role (the subject of a cue or sentence weighs
 * most, a possessive or a modifier like "the Biden administration" least) and the weight halves
 * with every sentence, so a person who carries the story beats a name dropped in passing.
 */
final class SpeakerResolver {
    private static final int RECENT = 32;
    private static final int MAX_SENTENCES_BACK = 14;

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final LocalAntecedents antecedents;
    private final BodyAntecedents bodies;
    final List<Entity> entities = new ArrayList<>();
    /** the people and organisations met so far, by the names they go by */
    private final NamedEntities names = new NamedEntities(entities);
    /** Words papers use for whoever leads the body just written about: "the county chief", "the party boss". */
    private static final java.util.Set<String> GENERIC_LEADERS = java.util.Set.of("chief", "head", "boss", "leader");
    private final Map<String, Entity> byNominal = new HashMap<>();
    final LinkedList<Entity> recent = new LinkedList<>();
    final Map<Integer, Entity> resolvedAt = new HashMap<>();
    /** the tokens whose mention has added weight already */
    private final java.util.BitSet bumped = new java.util.BitSet();
    /** the people quoted so far, in order, for the other side of an exchange */
    final List<Entity> quoteSpeakers = new ArrayList<>();
    /** sentence index → the person a quote in it was given to */
    final Map<Integer, Entity> quoteSpeakerBySentence = new HashMap<>();
    private int anonymous;
    private int groups;
    /** the last person or organisation that was the subject of a sentence or cue, and where */
    private Entity lastStrong;
    private int lastStrongToken = -1;

    SpeakerResolver(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
        this.antecedents = new LocalAntecedents(this, at, reader, subjects);
        this.bodies = new BodyAntecedents(this, at, reader, subjects);
    }

    void run(List<Finding> findings) {
        List<MentionEvents.Event> events = new MentionEvents(at, reader, subjects, names).inventory();
        for (MentionEvents.Event e : events) {
            if (e.mention().type() == Mention.Type.PERSON && (e.mention().name().indexOf(' ') > 0 || e.mention().role() != null)) {
                names.person(e.mention()); // full names first, so a surname anywhere finds its person
            } else if (e.mention().type() == Mention.Type.ORGANISATION && OrgNominals.introducedByDescription(at, e.mention())) {
                names.describedOrganisation(e.mention().name()); // and "maker Adidas" for an "Adidas says" headline
            }
        }
        findings.sort(Comparator.comparingInt(f -> f.anchor));
        int ei = 0;
        Finding previous = null;
        for (Finding f : findings) {
            while (ei < events.size() && events.get(ei).token() < f.anchor) {
                apply(events.get(ei++));
            }
            resolve(f, previous);
            if (f.speaker != null && f.sieve != Finding.Sieve.ALTERNATION && f.speaker.isPerson()) {
                quoteSpeakers.add(f.speaker);
            }
            // "“…,” said an 18-year-old spokesman. He said …": an unnamed source with a gender counts too
            if (f.speaker != null && f.region >= 0 && (f.speaker.isPerson()
                    || f.speaker.type == SpeakerType.ANONYMOUS && (f.speaker.gender == Gender.MALE || f.speaker.gender == Gender.FEMALE))) {
                quoteSpeakerBySentence.put(at.tok(f.anchor).sentence, f.speaker);
            }
            if (f.speaker != null || f.kind != QuoteKind.INDIRECT) {
                previous = f;
            }
        }
        HeadlineFallback.resolve(at, findings);
        new Crossheads(at).resolve(findings);
        new OfficeHolders(this, at, subjects).officesNamedLater(findings);
        NearestSpeakers.resolve(findings);
    }

    boolean followedByCue(int last) {
        return MentionEvents.followedByCue(at, last);
    }

    private void apply(MentionEvents.Event e) {
        Entity entity = entityFor(e.mention());
        if (entity != null) {
            bump(entity, e.weight(), e.token());
            entity.namedFreely |= !TokenShapes.inPlacePhrase(at.tokens, e.mention());
        }
    }


    /** A headline names people by surname; a lone capitalised word that is nobody's surname ("Miners") is no speaker. */
    private boolean isUnknownHeadlineName(Finding f) {
        Mention m = f.mention;
        if (f.kind != QuoteKind.HEADLINE || m == null || m.type() == Mention.Type.ORGANISATION) {
            return false;
        }
        if (m.type() != Mention.Type.PERSON || MentionEvents.notInBody(at, m)) {
            return true;
        }
        return m.role() == null && m.name().indexOf(' ') < 0
                && names.withSurname(m.name().toLowerCase(Locale.ROOT))
                .stream().noneMatch(e -> e.name.indexOf(' ') > 0);
    }

    /** "said in a post on Facebook", "took to Twitter": the service where words were posted never speaks itself. */
    private boolean isPlatform(Mention m) {
        return m != null && m.type() == Mention.Type.ORGANISATION && at.lex.platforms.contains(m.name().toLowerCase(Locale.ROOT));
    }

    private void resolve(Finding f, Finding previous) {
        if (isUnknownHeadlineName(f) || isPlatform(f.mention)) {
            f.mention = null;
            f.cue = null;
            f.sieve = Finding.Sieve.NONE;
        }
        if (f.piece > 0 && previous != null && previous.region == f.region) {
            f.speaker = previous.speaker;
            f.inheritedMention = previous.shownMention();
            return;
        }
        if (f.needsKnownSpeaker) {
            f.speaker = knownPerson(f.mention.name());
            if (f.speaker != null) {
                bump(f.speaker, MentionEvents.W_CUE, f.mention.last());
            }
            return;
        }
        if (f.mention != null) {
            Entity e = entityFor(f.mention);
            if (e != null) {
                f.speaker = e;
                e.confirmed = true;
                bump(e, MentionEvents.W_CUE, f.mention.last());
                if (f.mention.type() == Mention.Type.PRONOUN) {
                    f.confidence *= 0.95;
                }
                return;
            }
        }
        if (f.kind == QuoteKind.INDIRECT || f.kind == QuoteKind.HEADLINE) {
            return;
        }
        Entity answerer = QuestionAnswers.of(this, at, f, previous);
        if (answerer != null) {
            f.speaker = answerer;
            f.sieve = Finding.Sieve.ALTERNATION;
            f.confidence = Finding.Sieve.ALTERNATION.confidence;
            quoteSpeakers.add(answerer);
            return;
        }
        Entity introduced = antecedents.introducedBefore(f);
        if (introduced != null) {
            f.speaker = introduced;
            f.sieve = Finding.Sieve.CONTINUATION;
            f.confidence = Math.min(f.confidence + 0.3, Finding.Sieve.CONTINUATION.confidence);
            return;
        }
        // "“A,” X said. “B.”" and a lone quote paragraph after an attributed one; a "she" no one
        // agreed with stays unknown rather than going to the regulator quoted before
        Gender said = f.mention != null && f.mention.type() == Mention.Type.PRONOUN ? f.mention.gender() : Gender.UNKNOWN;
        if (said == Gender.MALE || said == Gender.FEMALE) {
            return;
        }
        if (previous != null && previous.speaker != null && previous.kind != QuoteKind.HEADLINE
                && f.paragraph - previous.paragraph <= 2
                && (f.paragraph == previous.paragraph || startsParagraph(f))
                && !(lastStrong != null && lastStrong != previous.speaker && lastStrongToken > previous.anchor
                && at.tok(lastStrongToken).start >= previous.end)) { // a name inside the reported clause is no new speaker
            f.speaker = previous.speaker;
            f.inheritedMention = previous.shownMention();
            f.sieve = Finding.Sieve.CONTINUATION;
            f.confidence = Math.min(f.confidence + 0.4, Finding.Sieve.CONTINUATION.confidence);
            if (f.cue == null) {
                f.cue = previous.cue;
            }
            return;
        }
        Entity best = best(Gender.UNKNOWN, at.tok(f.anchor).sentence, true);
        if (best != null) {
            f.speaker = best;
            f.sieve = Finding.Sieve.SALIENCE;
            f.confidence = Math.min(f.confidence, Finding.Sieve.SALIENCE.confidence);
        }
    }

    boolean startsParagraph(Finding f) {
        return at.paragraphs.get(f.paragraph).firstToken() == f.anchor;
    }

    Entity entityFor(Mention m) {
        Entity cached = resolvedAt.get(m.last());
        // "a person close to Holloway" ends on the token where the name Holloway was resolved
        boolean unnamedSource = m.type() == Mention.Type.ANONYMOUS || m.type() == Mention.Type.GROUP;
        if (cached != null && !(unnamedSource && cached.type.isNamed())) {
            if (m.type() == Mention.Type.PERSON && cached.type == SpeakerType.ORGANISATION && !cached.confirmed
                    && m.role() != null && m.name().equals(cached.name)) {
                cached.type = SpeakerType.PERSON; // "Shelagh McLean, head of … at Fife Council said": no body holds an office
            }
            if (m.type() == Mention.Type.PERSON && cached.isPerson()) {
                cached.addRole(m.role()); // a subject read wider than the name's first reading
            }
            if (m.type() == Mention.Type.ORGANISATION && m.name().startsWith(cached.name + " in ")) {
                cached.addAlias(cached.name); // "the United States Embassy in Nassau": the mission goes by its place
                cached.name = m.name();
            }
            return cached;
        }
        Entity e = switch (m.type()) {
            // "Inter-Services Public Relations (ISPR)", "Ohio-based Tremont Foods"
            case PERSON -> m.role() == null && (TokenShapes.acronymFollows(at.text, at.tokens, m.last())
                    || NamedEntities.isBasedIn(m.name())) ? names.organisation(m.name()) : names.person(withGeneration(m));
            case ORGANISATION -> OrgNominals.introducedByDescription(at, m) ? names.describedOrganisation(m.name())
                    : acronymHolderOr(m);
            case PRONOUN -> pronoun(m, at.tok(m.last()).sentence);
            case ANONYMOUS, GROUP -> nominal(m);
            case ORG_NOMINAL -> orgNominal(m);
            case ROLE_NOMINAL -> roleNominal(m);
        };
        if (e != null && m.type() == Mention.Type.PERSON && e.isPerson() && m.name().indexOf(' ') > 0
                && at.tok(m.first()).has(Lexicon.FIRST_NAME)) {
            e.confirmed = true; // "Tama Potaka": a known given name before a surname makes a person
        }
        if (e != null && cached == null) {
            resolvedAt.put(m.last(), e);
        }
        return e;
    }

    /** "Eli M. Remolona, Jr.": a generation written after a comma belongs to the full name before it. */
    private Mention withGeneration(Mention m) {
        if (m.name().indexOf(' ') < 0 || m.name().endsWith(" Jr.") || m.name().endsWith(" Sr.")) {
            return m;
        }
        for (String generation : GENERATIONS) {
            if (at.text.startsWith(", " + generation, m.end())) {
                return new Mention(m.first(), m.last(), m.start(), m.end(), m.type(), m.name() + " " + generation,
                        m.role(), m.head(), m.gender(), m.possessive());
            }
        }
        return m;
    }

    private static final String[] GENERATIONS = {"Jr.", "Sr."};

    /** "the CJI said" after "CJI BR Gavai": the person the acronym is the office of, else the body of that name. */
    private Entity acronymHolderOr(Mention m) {
        Entity holder = AcronymTitles.holder(at, recent, m);
        return holder != null ? holder : names.organisation(m.name());
    }

    /** A body the story introduced with a word for its kind ("retailer JD Sports"), or null. */
    Entity describedBody(String name) {
        return names.describedBody(name);
    }

    /** A person already met under this full name or surname, without creating one. */
    Entity knownPerson(String name) {
        return names.knownPerson(name);
    }

    private Entity nominal(Mention m) {
        String phrase = m.name();
        if (phrase.endsWith("’s") || phrase.endsWith("'s")) {
            phrase = phrase.substring(0, phrase.length() - 2); // "The coach’s actions …": the coach
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        boolean definite = lower.startsWith("the ");
        String key = stripDeterminer(lower);
        if (definite) {
            Entity fresh = JustIntroducedSources.of(this, at, subjects, m);
            if (fresh != null) {
                return fresh;
            }
            // "the official" points back to "a European defense official"
            Entity earlier = recentUnnamed(m);
            if (earlier != null) {
                return earlier;
            }
        }
        Entity e = byNominal.get(key);
        if (e == null) {
            boolean group = m.type() == Mention.Type.GROUP;
            e = new Entity(group ? SpeakerType.GROUP : SpeakerType.ANONYMOUS, capitalise(phrase), m.gender(), m.head());
            e.localId = group ? "group-" + (++groups) : "anon-" + (++anonymous);
            entities.add(e);
            byNominal.put(key, e);
        }
        return e;
    }

    private Entity orgNominal(Mention m) {
        for (Entity e : recent) {
            if (e.type == SpeakerType.ORGANISATION && OrgNominals.namesItsKind(e.name.toLowerCase(Locale.ROOT), m.head())
                    // "Company officials said …" names no company, though "Ministry said" is the state's ministry
                    && !(e.name.equalsIgnoreCase(m.head()) && !OrgNominals.isStateBody(m.head()))
                    && OrgNominals.qualifiersIn(at, m, e.name) && !OrgNominals.namedAfter(at, m, e)) {
                return e;
            }
        }
        Mention named = bodies.namedBodyJustBefore(m);
        if (named != null) {
            return confirmedBody(named.name());
        }
        Entity body = OrgNominals.bodyJustNamed(recent, m);
        if (body == null) {
            body = OrgNominals.soleSpeakingBody(at, recent, m);
        }
        if (body == null) {
            body = OrgNominals.lastNamedBody(at, recent, m);
        }
        if (body == null) {
            body = OrgNominals.soleKindredBody(recent, m);
        }
        if (body == null) {
            body = OrgNominals.unionOfItsOfficials(recent, m);
        }
        if (body == null) {
            String union = OrgNominals.unionOpeningRoles(at, recent, m);
            body = union == null ? null : confirmedBody(union);
        }
        if (body == null) {
            body = OrgNominals.oneWordBrand(at, recent, m);
        }
        if (body != null) {
            return body;
        }
        Mention storyBody = bodies.storyBody(m);
        return confirmedBody(storyBody != null ? storyBody.name() : OrgNominals.nameOf(at, m));
    }

    /** The body of this name, taken as one the story has shown speaking. */
    private Entity confirmedBody(String name) {
        Entity e = names.organisation(name);
        e.confirmed = true;
        return e;
    }

    /** The most recent unnamed speaker ("a European defense official") whose phrase has this head, or null. */
    private Entity recentUnnamed(Mention m) {
        for (Entity e : recent) {
            if (!e.type.isNamed() && m.head().equals(e.head) && !DistinctSources.namesAnotherParty(at, m, e)) {
                return e;
            }
        }
        return null;
    }

    private Entity roleNominal(Mention m) {
        String head = m.head();
        Entity fresh = JustIntroducedSources.of(this, at, subjects, m);
        if (fresh != null) {
            return fresh;
        }
        Entity holder = recentWithRoleWord(m, head);
        if (holder != null) {
            return holder;
        }
        Entity unnamed = recentUnnamed(m);
        if (unnamed != null) {
            return unnamed; // "A European Union spokesperson said … the spokesperson told AFP": the same unnamed one
        }
        if (GENERIC_LEADERS.contains(head) && m.name().regionMatches(true, 0, "the ", 0, 4)
                && at.tok(m.last()).base.equals(head)) { // not "the head of the agency", a new person
            // "Governor Johnson Sakaja … The county chief toured …": papers vary the word for the office holder;
            // "Police Inspector General Gregory Coleman … The police chief said": the one whose role shares the field
            Entity sameField = holderInField(m);
            if (sameField != null) {
                return sameField;
            }
            Entity anyHolder = null;
            for (Entity e : recent) {
                if (e.isPerson() && !e.roles.isEmpty()) {
                    if (!DistinctSources.cannotBe(at, m, e)) {
                        return e; // "the BJP leader": the BJP's spokesperson before the Union Minister
                    }
                    anyHolder = anyHolder == null ? e : anyHolder;
                }
            }
            if (anyHolder != null) {
                return anyHolder;
            }
        }
        Entity profiled = antecedents.roleOfTheProfiled(m);
        if (profiled != null) {
            return profiled;
        }
        return nominal(new Mention(m.first(), m.last(), m.start(), m.end(), Mention.Type.ANONYMOUS, m.name(), null,
                head, m.gender(), false));
    }

    /** The most recent person whose role holds a word of the office's field ("police" of "the police chief"), or null. */
    private Entity holderInField(Mention m) {
        for (int k = m.first(); k < m.last(); k++) {
            Token w = at.tok(k);
            if (!w.isWord() || w.has(Lexicon.FUNCTION) || w.has(Lexicon.DETERMINER) || w.base.equals(m.head())) {
                continue;
            }
            Entity e = recentWithRoleWord(m, w.base);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static boolean isFormer(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.startsWith("former ") || lower.startsWith("ex-");
    }

    /** The most recent person whose role holds {@code word} and who could be {@code m}, or null. */
    private Entity recentWithRoleWord(Mention m, String word) {
        // "the prime minister" is not "former prime minister Anand Panyarachun", who was named after the sitting one
        boolean former = TokenShapes.hasWord(m.name().toLowerCase(Locale.ROOT), "former");
        for (Entity e : recent) {
            if (e.isPerson() && e.roles.stream().anyMatch(r -> TokenShapes.hasWord(r, word) && (former || !isFormer(r)))
                    && !DistinctSources.cannotBe(at, m, e)) {
                return e;
            }
        }
        return null;
    }

    private Entity pronoun(Mention m, int sentence) {
        Gender g = m.gender();
        Entity outer = reportingSpeaker(m, 0);
        if (outer != null && agrees(outer, g, false)) {
            return outer;
        }
        Entity e = antecedents.previousSubject(m, g);
        if (e != null && (g == Gender.MALE || g == Gender.FEMALE) && e.namesSeveral(at.lex)) {
            e = null; // "10 BRS MLAs, who defected …" read as a name is several people, never "he"
        }
        if (e == null) {
            e = best(g, sentence, false);
        }
        if (e == null && (g == Gender.MALE || g == Gender.FEMALE)) {
            e = HeadlinePronouns.personBefore(at, entities, m, g);
        }
        if (e != null && e.isPerson() && e.gender == Gender.UNKNOWN && (g == Gender.MALE || g == Gender.FEMALE)) {
            e.gender = g;
        }
        return e;
    }

    /**
     * "Rutte said (that) he agrees …": a pronoun opening the reported clause stands for the
     * speaker of the reporting cue.
     */
    private Entity reportingSpeaker(Mention m, int depth) {
        int k = m.first() - 1;
        int skipped = 0;
        Sentence s = at.sentenceOf(m.first());
        while (k >= s.firstToken() && skipped < 6 && at.cueAt[k] < 0) {
            Token t = at.tok(k);
            if (!t.isWord() || !(t.is("that") || t.has(Lexicon.FILLER_AFTER) || t.has(Lexicon.TIME))) {
                return null;
            }
            k--;
            skipped++;
        }
        if (k < s.firstToken() || at.cueAt[k] < 0 || depth > 2) {
            return null;
        }
        Cue c = at.cues.get(at.cueAt[k]);
        if (c.cueClass() == CueClass.LABEL || c.cueClass() == CueClass.ACCORDING) {
            return null;
        }
        Mention outer = subjects.of(c);
        if (outer == null || outer.last() >= m.first()) {
            return null;
        }
        if (outer.type() == Mention.Type.PRONOUN) {
            return entityFor(outer);
        }
        return entityFor(outer);
    }

    /** The most salient entity that agrees with the gender (UNKNOWN: any person or organisation). */
    private Entity best(Gender g, int sentence, boolean anyNamed) {
        Entity best = null;
        double score = 0;
        for (Entity e : recent) {
            if (!agrees(e, g, anyNamed) || sentence - e.salienceSentence > MAX_SENTENCES_BACK) {
                continue;
            }
            double s = score(e, sentence);

            if (s > score) {
                score = s;
                best = e;
            }
        }
        return best;
    }

    private boolean agrees(Entity e, Gender g, boolean anyNamed) {
        return switch (g) {
            case MALE, FEMALE -> e.isPerson() && e.confirmed && (e.gender == g || unknownButNamed(e, at.lex))
                    && !e.namesSeveral(at.lex);
            case PLURAL -> e.type == SpeakerType.GROUP || e.type == SpeakerType.ORGANISATION && e.confirmed;
            case NEUTER -> e.type == SpeakerType.ORGANISATION && e.confirmed;
            case UNKNOWN -> e.confirmed && (anyNamed ? e.type.isNamed() || e.type == SpeakerType.ANONYMOUS : true);
        };
    }

    /**
     * A person of unknown gender may stand behind "he" or "she" only with a full name: a lone
     * capitalised word of unknown gender ("Washington said", "Kherson") is too often a place.
     */
    static boolean unknownButNamed(Entity e, Lexicon lex) {
        // and one named only in a place phrase ("around Kerio Valley") is a place, whatever its two words
        // a one-word name with an office ("the Prime Minister Hon. Hu'akavameiliku") is a person too
        return e.gender == Gender.UNKNOWN && (e.name.indexOf(' ') > 0 && (e.namedFreely || e.confirmed)
                || e.confirmed && e.roles.stream().anyMatch(r -> namesAnOffice(r, lex)));
    }

    /**
     * "Prime Minister", "Police Commissioner", "Governor": a role that ends on an office, not a lone describing
     * title word ("Indian" of "Indian Hemp", "Labour" of "Labour MPs").
     */
    private static boolean namesAnOffice(String role, Lexicon lex) {
        int sp = role.lastIndexOf(' ');
        String last = role.substring(sp + 1).toLowerCase(Locale.ROOT);
        return OfficeHolders.LEADER_OFFICES.contains(last) || sp > 0 && (lex.flags(last) & Lexicon.TITLE) != 0;
    }

    private static double decayed(Entity e, int sentence) {
        int back = Math.max(0, sentence - e.salienceSentence);
        return back > 40 ? 0 : e.salience / (1L << back);
    }

    /** Recent weight plus a little for every mention so far: the person the story is about. */
    private static double score(Entity e, int sentence) {
        return decayed(e, sentence) + 0.04 * Math.min(e.mentions, 10);
    }

    private void bump(Entity e, double weight, int token) {
        if (bumped.get(token)) {
            return; // one mention counts once, whether met as a name or as a speaker
        }
        bumped.set(token);
        int sentence = at.tok(token).sentence;
        if (weight >= MentionEvents.W_CUE) {
            e.confirmed = true;
        }
        e.salience = decayed(e, sentence) + weight;
        e.salienceSentence = sentence;
        e.mentions++;
        e.lastToken = Math.max(e.lastToken, token);
        recent.remove(e);
        recent.addFirst(e);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        if (weight >= MentionEvents.W_SUBJECT && (e.type.isNamed())) {
            lastStrong = e;
            lastStrongToken = token;
        }
    }

    private static String stripDeterminer(String lower) {
        int sp = lower.indexOf(' ');
        return sp > 0 ? lower.substring(sp + 1) : lower;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
