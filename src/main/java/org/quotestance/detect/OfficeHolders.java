package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Offices that stand for a person named elsewhere: "…, Sweden’s foreign minister said" in the
 * lede and "said Tomas Lindqvist, the Swedish foreign minister" later, or "The city’s former
 * transit director told a jury …" followed by "Richard Voss, 61, is charged …".
 */
final class OfficeHolders {
    /** Offices a story's protagonist may hold unnamed; not "the judge" or "the prosecutor" of a court story. */
    static final java.util.Set<String> LEADER_OFFICES = java.util.Set.of("governor", "president", "premier",
            "minister", "mayor", "chairman", "chairwoman", "chairperson", "commissioner", "senator", "lawmaker", "ceo",
            "executive", "leader", "chancellor", "secretary", "mp", "mla", "councillor", "congressman", "congresswoman");

    /** "the head of the MFA", "the chief": offices over a body, which any named role may be */
    private static final java.util.Set<String> HEADS = java.util.Set.of("head", "chief");

    /** Offices of a court story held by someone other than the people it is about. */
    static final java.util.Set<String> COURT_OFFICES = java.util.Set.of("judge", "prosecutor", "magistrate", "coroner");

    private final SpeakerResolver resolver;
    private final AnalysedText at;
    private final Subjects subjects;
    private final OfficeRoles roles;

    OfficeHolders(SpeakerResolver resolver, AnalysedText at, Subjects subjects) {
        this.resolver = resolver;
        this.at = at;
        this.subjects = subjects;
        this.roles = new OfficeRoles(at, resolver.entities);
    }

    /**
     * "…, Sweden’s foreign minister said." in the lede, "said Tomas Lindqvist, the Swedish foreign
     * minister" two paragraphs on: a definite office whose words all reappear in the role of exactly
     * one named person is that person. An indefinite "a senior official" stays anonymous.
     */
    void officesNamedLater(List<Finding> findings) {
        Map<Entity, Entity> named = new HashMap<>();
        for (Finding f : findings) {
            Entity e = f.speaker;
            if (e != null && !named.containsKey(e) && f.mention != null && isOfficeInitials(f.mention, e)) {
                // "Attorney General Adriel Brathwaite" … "The AG described …": the initials of one person's office
                named.put(e, roles.holderOfInitials(e.name.toLowerCase(Locale.ROOT)));
                continue;
            }
            if (e != null && !named.containsKey(e) && f.mention != null && isOfficeReadAsBody(f.mention)) {
                // "the Acting Police Commissioner recalled …" after "Acting Police Commissioner Ronald Philip"; "The
                // Peterborough MP tweeted" in a story whose lede is about Paul Bristow
                Entity holder = roles.holderOf(e.name.toLowerCase(Locale.ROOT).split("[ -]"), 0);
                if (holder == null) {
                    holder = roles.holderOfQualifiedOffice(e.name);
                }
                String office = at.tok(f.mention.last()).base;
                named.put(e, holder == null && LEADER_OFFICES.contains(office) ? ledeProtagonist(f.mention, true) : holder);
                continue;
            }
            if (e == null || e.type.isNamed() || e.head == null || named.get(e) != null || f.mention == null) {
                continue;
            }
            if (e.type == SpeakerType.GROUP && at.lex.organisationWords.contains(e.head) && namesTheForce(f.mention)) {
                continue; // "police say" is the force speaking, not the police spokesperson the story names
            }
            Entity voice = spokespersonNamed(e);
            if (voice != null) {
                named.put(e, voice);
                continue;
            }
            boolean definite = isDefiniteOffice(e) || isDefiniteMention(f.mention);
            Entity p = definite ? personHolding(e) : null;
            if (p == null) {
                // "An MP claims …" then "Tracy Brabin, MP for Batley, sent …": an indefinite office only when the
                // next sentence's subject holds the same office
                p = namedNext(f.mention, !definite);
            }
            if (p == null && definite && !COURT_OFFICES.contains(e.head)) {
                p = namedInNextQuote(f, findings);
            }
            boolean leader = definite && LEADER_OFFICES.contains(e.head);
            if (p == null && leader) {
                p = ledeProtagonist(f.mention, false);
            }
            if (p == null && leader) {
                p = headlinePerson(e);
            }
            if (p == null && leader) {
                p = precedingSubject(f.mention, e.head, findings);
            }
            if (p == null && (leader || definite && HEADS.contains(e.head))) {
                p = soleNamedSpeaker(e, findings);
            }
            named.put(e, p);
        }
        for (Finding f : findings) {
            Entity p = f.speaker == null ? null : named.get(f.speaker);
            if (p != null) {
                f.speaker = p;
            }
        }
    }

    /**
     * "Sanwo-Olu gave the order on Tuesday …" opening the story, then "The governor said …" with no
     * governor named: papers put the office in the headline or leave it to the reader. The person the
     * lede is about holds it, when no one else in the story has a role that could be it.
     */
    private Entity ledeProtagonist(Mention office, boolean placeNamed) {
        if (namesOwnOffice(office.name())) {
            return null;
        }
        Sentence lede = at.sentences.stream()
                .filter(s -> s.paragraph() != at.headline && !at.furniture[s.paragraph()]).findFirst().orElse(null);
        if (lede == null || lede.firstToken() >= office.first()) {
            return null;
        }
        Mention subject = subjects.sentenceSubject(lede, lede.endToken());
        Token next = subject == null || subject.last() + 1 >= lede.endToken() ? null : at.tok(subject.last() + 1);
        if (subject == null || subject.type() != Mention.Type.PERSON || next == null
                || !next.isWord() || next.capitalised && !next.has(Lexicon.TIME)) { // "… Dilshad Qureshi Monday pledged"
            return null; // "Sigrid Holm, a lorry driver, …" is described as someone else
        }
        Entity e = resolver.entityFor(subject);
        // someone else with a role could hold it; "The Peterborough MP" names its seat, so only another MP could
        String head = at.tok(office.last()).base;
        if (e == null || !e.isPerson() || !e.roles.isEmpty() || anotherPersonHas(e, r -> !placeNamed || TokenShapes.hasWord(r, head))) {
            return null;
        }
        e.addRole(Subjects.stripArticle(office.name()));
        return e;
    }

    /**
     * "Holness said the operation … / The Prime Minister said in part, “…”": a definite leader's office
     * right after a sentence about a named person is that person, the way a reader who knows the office
     * holder reads it, when that person is quoted, has no other role and no one else in the story has this office.
     */
    private Entity precedingSubject(Mention office, String head, List<Finding> findings) {
        if (namesOwnOffice(office.name())) {
            return null;
        }
        int si = at.tok(office.first()).sentence;
        for (int back = si - 1; back >= Math.max(0, si - 2); back--) {
            Sentence s = at.sentences.get(back);
            if (s.paragraph() == at.headline || at.furniture[s.paragraph()]) {
                return null;
            }
            Mention subject = subjects.sentenceSubject(s, s.endToken());
            if (subject == null || subject.type() != Mention.Type.PERSON) {
                continue;
            }
            Entity e = resolver.entityFor(subject);
            // a person the story quotes, not "Avalon" of a dateline read as the lede's subject
            if (e == null || !e.isPerson() || !e.roles.isEmpty() || findings.stream().noneMatch(g -> g.speaker == e)
                    || anotherPersonHas(e, r -> TokenShapes.hasWord(r, head))) {
                return null;
            }
            e.addRole(Subjects.stripArticle(office.name()));
            return e;
        }
        return null;
    }

    /** "the mayor of Narvik", "the MP for Kettering": an office that names its own place or body. */
    private static boolean namesOwnOffice(String office) {
        return office.contains(" of ") || office.contains(" for ");
    }

    /** Whether a person other than {@code e} has a role that {@code role} accepts: someone else could hold the office. */
    private boolean anotherPersonHas(Entity e, java.util.function.Predicate<String> role) {
        return resolver.entities.stream().anyMatch(o -> o != e && o.isPerson() && o.roles.stream().anyMatch(role));
    }

    private boolean isDefiniteOffice(Entity office) {
        if ((at.lex.flags(office.head) & Lexicon.TITLE) == 0) {
            return false;
        }
        String[] words = office.name.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || words[0].equals("the")) {
            return words.length >= 2;
        }
        if (words.length >= 3 && Character.isUpperCase(office.name.charAt(0)) && office.name.contains(" of ")
                && (at.lex.flags(words[0]) & Lexicon.TITLE) != 0) {
            return true; // "The Head of State", met again as "he": a capitalised office of its own is definite
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].endsWith("’s") || words[i].endsWith("'s")) {
                return true; // "Sweden’s foreign minister", "Saudi Arabia’s ambassador"
            }
        }
        return false;
    }

    /** "The mayor of Kherson has said …" (the run leaves "the" out of the office's name). */
    private boolean isDefiniteMention(Mention m) {
        if (m.type() != Mention.Type.ROLE_NOMINAL || m.first() == 0 || (at.lex.flags(m.head()) & Lexicon.TITLE) == 0) {
            return false;
        }
        Token before = at.tok(m.first() - 1);
        return before.is("the") && before.sentence == at.tok(m.first()).sentence;
    }

    /**
     * "Premiers look to push Trudeau for help" over "“…,” the Prime Minister said": the one person the
     * headline names, known by full name in the story, holds a leader's office no one else's role has.
     */
    private Entity headlinePerson(Entity office) {
        if (at.headline < 0 || namesOwnOffice(office.name)) {
            return null;
        }
        Paragraph h = at.paragraphs.get(at.headline);
        Entity found = null;
        for (int k = h.firstToken(); k < h.endToken(); k++) {
            Token t = at.tok(k);
            Entity e = t.isWord() && t.capitalised && !t.inQuote() ? resolver.knownPerson(t.lower) : null;
            // a person by a known first name, not "River Calder" in "… as River Calder bursts its banks"; or one the
            // headline gives the office itself ("Governor Michele Bullock: RBA is ‘responding to data’")
            if (e == null || e.name.indexOf(' ') < 0 || e == found || e.gender != Gender.MALE && e.gender != Gender.FEMALE
                    && e.roles.stream().noneMatch(r -> TokenShapes.hasWord(r, office.head))) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        if (anotherPersonHas(found, r -> TokenShapes.hasWord(r, office.head))) {
            return null;
        }
        if (found != null) {
            found.addRole(Subjects.stripArticle(office.name));
        }
        return found;
    }

    /**
     * "The mayor of Turku has said …" in the lede, then "“…,” Helena Mäkinen told Nordvision." a paragraph or
     * two on, with no role: broadcasters name the office first and the person at her first quote. The first
     * person named at a statement below, new to the story and without a role of her own, holds the office.
     */
    private Entity namedInNextQuote(Finding office, List<Finding> findings) {
        for (Finding g : findings) {
            if (g.anchor <= office.anchor || g.speaker == office.speaker) {
                continue;
            }
            if (g.paragraph - office.paragraph > 3) {
                return null;
            }
            Mention m = g.mention;
            if (m == null || m.type() != Mention.Type.PERSON) {
                continue;
            }
            Entity e = g.speaker;
            if (e == null || !e.isPerson() || !e.roles.isEmpty() || m.role() != null || m.name().indexOf(' ') < 0
                    || at.text.substring(0, office.mention.start()).contains(e.surname())) {
                return null;
            }
            e.addRole(Subjects.stripArticle(office.mention.name()));
            return e;
        }
        return null;
    }

    /**
     * "Minister of National Security, Hon. Robert Montague, is calling …" then "“…,” the Minister said": when
     * one named person is quoted in the whole story and no role of theirs says otherwise, the unnamed
     * leader's office is theirs; stories that quote an office holder and someone else name both.
     */
    private Entity soleNamedSpeaker(Entity office, List<Finding> findings) {
        Entity found = Entity.sole(findings.stream().map(f -> f.speaker).toList(),
                e -> e != office && e.isPerson() && e.name.indexOf(' ') > 0);
        if (found == null) {
            return null;
        }
        if (found.roles.stream().anyMatch(r -> TokenShapes.hasWord(r, office.head)
                && !(namesOwnOffice(office.name) && roles.namesOtherPlace(r, office.name))) || HEADS.contains(office.head)) {
            return found; // "Chief Political, Legal and Security Minister Luhut …" is "the coordinating minister for …"
        }
        // "the mayor of Narvik" names an office of its own, not the lorry driver the story quotes
        return found.roles.isEmpty() && !namesOwnOffice(office.name) ? found : null;
    }

    /** "The city’s former transit director told a jury … / Richard Voss, 61, is charged …": the next subject. */
    private Entity namedNext(Mention office, boolean sameOfficeOnly) {
        int si = at.tok(office.last()).sentence + 1;
        if (si >= at.sentences.size()) {
            return null;
        }
        Sentence next = at.sentences.get(si);
        if (at.furniture[next.paragraph()] || next.paragraph() - at.tok(office.last()).paragraph > 1) {
            return null;
        }
        Mention subject = subjects.sentenceSubject(next, next.endToken());
        // "In a wide-ranging interview with Arab News, Prince Abdullah bin Faisal said …": after an opening phrase too
        if (subject == null || subject.type() != Mention.Type.PERSON || subject.name().indexOf(' ') < 0
                || subject.first() != next.firstToken() && !at.tok(subject.first() - 1).isPunct(',')) {
            return null;
        }
        Entity e = resolver.entityFor(subject);
        // "The interim chief executive … / Interim chief executive Carol Shillabeer also said": her role says so
        boolean sameOffice = subject.role() != null && TokenShapes.hasWord(subject.role(), office.head())
                && !(namesOwnOffice(office.name()) && roles.namesOtherPlace(subject.role(), office.name()));
        // "Prince Abdullah" has a rank, not an office that could be another than "Saudi Arabia’s ambassador"
        boolean onlyRank = e != null && e.roles.stream().allMatch(r -> at.lex.ranks.contains(r.toLowerCase(Locale.ROOT)));
        if (e == null || !e.isPerson() || !e.roles.isEmpty() && !sameOffice && !onlyRank || sameOfficeOnly && !sameOffice
                || !sameOffice && isSomeonesVoice(office)) {
            return null;
        }
        e.addRole(Subjects.stripArticle(office.name()));
        return e;
    }

    /** "Gordon Brown’s official spokesman": a voice owned by a name; "Tony Blair signed …" next is not it. */
    private boolean isSomeonesVoice(Mention office) {
        if (!NameWords.SPOKESPERSONS.contains(office.head())) {
            return false;
        }
        for (int k = office.first(); k < office.last(); k++) {
            Token t = at.tok(k);
            if (t.isWord() && t.possessive && t.capitalised) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a spokesman for Attorney General Dustin McDaniel said" … "McDaniel spokesman Aaron Sadler said": the one
     * person whose role is a spokesperson's and names someone the unnamed spokesperson speaks for.
     */
    private Entity spokespersonNamed(Entity unnamed) {
        int cut = Math.max(unnamed.name.indexOf(" for "), unnamed.name.indexOf(" to "));
        if (unnamed.type != SpeakerType.ANONYMOUS || cut < 0 || !NameWords.SPOKESPERSONS.contains(unnamed.head)) {
            return null;
        }
        String[] principal = unnamed.name.substring(cut).split("[ ,]+");
        return Entity.sole(resolver.entities, p -> p.isPerson() && p.roles.stream().anyMatch(r -> {
            String role = OfficeRoles.padded(r);
            if (!role.contains(" " + unnamed.head + " ")) {
                return false;
            }
            for (String w : principal) {
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && role.contains(" " + w.toLowerCase(Locale.ROOT) + " ")) {
                    return true;
                }
            }
            return false;
        }));
    }

    /**
     * "police", "the Telangana police", "The Nagano Prefecture police": the force itself, named by nothing but its
     * place; "Bedfordshire’s new police and crime commissioner" is read short and is someone.
     */
    private boolean namesTheForce(Mention m) {
        for (int k = m.first(); k <= m.last(); k++) {
            Token t = at.tok(k);
            if (t.isWord() && !t.capitalised && !t.is("the") && !t.base.equals(m.head())) {
                return false;
            }
        }
        return true;
    }

    /** "the Acting Police Commissioner": a capitalised office after "the" whose run was read as a body's name. */
    private boolean isOfficeReadAsBody(Mention m) {
        // and "Delta CEO: ‘No possibility’ …": a headline drops the article
        boolean headline = at.tok(m.first()).paragraph == at.headline;
        int before = m.first() - 1;
        while (before > 0 && at.tok(before).isWord() && !at.tok(before).capitalised
                && (at.tok(before).has(Lexicon.ROLE_MODIFIER) || at.tok(before).is("new"))) {
            before--; // "the new Delhi CM said", "the outgoing Prampram MP"
        }
        return OfficeAppositions.endsInOffice(at, m) && (headline || before >= 0 && at.tok(before).is("the"));
    }

    /**
     * "The CJ observed …": one capitalised word of initials after "the", standing for no body the story names in
     * full, read as a body's name. It is an office when a person's role spells it.
     */
    private boolean isOfficeInitials(Mention m, Entity e) {
        String word = at.text.substring(at.tok(m.first()).start, at.tok(m.first()).end);
        return m.type() == Mention.Type.ORGANISATION && m.first() == m.last() && m.first() > 0
                && at.tok(m.first() - 1).is("the") && word.length() >= 2 && word.length() <= 5
                && word.chars().allMatch(Character::isUpperCase) && e.name.equals(word);
    }

    /** The one person whose role holds every word of a definite office ("the premier", "the PM"). */
    private Entity personHolding(Entity office) {
        // "the premier" or "Sweden’s foreign minister": the first word only determines; "PM": the
        // mention's run left the article out of the name, so every word counts
        String[] words = office.name.toLowerCase(Locale.ROOT).split("[ -]");
        Entity exact = roles.holderOf(words, isDefiniteOffice(office) ? 1 : 0);
        Entity field = exact != null ? exact : roles.holderOfField(words, office.head, office.name);
        Entity qualified = field != null ? field : roles.holderOfQualifiedOffice(office.name);
        return qualified != null ? qualified : roles.holderOfTitle(office.name);
    }
}
