package org.quotestance.detect;

import java.util.Locale;

/**
 * The body a plain "the company" or "the ministry" stands for when the sentences right before name it
 * ("Thames Water … had asked for more. The company said …"). Split from {@link LocalAntecedents}.
 */
final class BodyAntecedents {
    /** how many sentences back "the company" may find the business it stands for */
    private static final int BUSINESS_REACH = 6;
    /** how many sentences of the lede a plain "the company" looks into for the business the story is about */
    private static final int LEDE_SENTENCES = 2;
    private static final java.util.Set<String> FIELD_BODIES = java.util.Set.of("ministry", "department",
            "directorate", "commission", "agency");
    private final SpeakerResolver resolver;
    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;

    BodyAntecedents(SpeakerResolver resolver, AnalysedText at, MentionReader reader, Subjects subjects) {
        this.resolver = resolver;
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
    }

    private boolean isConfirmedPerson(String name) {
        Entity known = resolver.knownPerson(name);
        // having spoken confirms a speaker, not a person: "Baltic Hub said …" is as likely a company
        return known != null && (known.gender != Gender.UNKNOWN || !known.roles.isEmpty());
    }

    /**
     * "Thames Water, the country’s largest supplier, had asked for more. The company said …": the
     * body that the sentence before was about. Only a name that nothing marks as a person (no
     * title, no honorific, no known first name) can be the company.
     */
    Mention namedBodyJustBefore(Mention m) {
        if (!OrgNominals.isPlain(at, m)) {
            return null; // "the GMB union" names its body itself; "the ferry operator" does not
        }
        if (m.last() - m.first() >= 2 && FIELD_BODIES.contains(m.head())) {
            return null; // "the finance ministry", "the health department": a field names one body of its own
        }
        int sentence = at.tok(m.first()).sentence;
        int paragraph = at.tok(m.first()).paragraph;
        // "Norvik will cut 2,400 jobs, the carmaker said": the sentence's own subject first
        Mention own = subjects.sentenceSubject(at.sentences.get(sentence), m.first());
        if (own != null && own.last() < m.first() && isBody(own)) {
            return own;
        }
        // "Viking Strait Lines rejected that. / “…,” chief executive Anders Koski said. / …, the company
        // said.": a business looks back over the people who spoke for it, a public body only one step
        boolean business = at.lex.businessWords.contains(m.head());
        for (int s = sentence - 1; s >= 0 && s >= sentence - (business ? BUSINESS_REACH : 2); s--) {
            Sentence before = at.sentences.get(s);
            if (before.paragraph() < paragraph - (business ? BUSINESS_REACH / 2 : 1) || at.furniture[before.paragraph()]) {
                break;
            }
            Mention subj = subjects.sentenceSubject(before, before.endToken());
            if (subj != null && isBody(subj) && !(business && namesPublicBody(subj))) {
                return subj;
            }
            Mention agent = PassiveAgents.bodyIn(at, reader, before);
            if (agent != null && isBody(agent)) {
                return agent; // "a warning issued by the Met Office. The forecaster said …"
            }
            if (subj == null) {
                continue;
            }
            if (!business || subj.type() == Mention.Type.ORGANISATION || subj.type() == Mention.Type.ORG_NOMINAL) {
                break;
            }
        }
        return at.lex.businessWords.contains(m.head()) ? ledeBody() : null;
    }

    /**
     * "Norvik Motors will cut 2,400 jobs …" opening the story: far from any nearer body, "the company
     * said" is the company the story is about.
     */
    private Mention ledeBody() {
        for (int s = 0; s < Math.min(at.sentences.size(), 3); s++) {
            Sentence lede = at.sentences.get(s);
            if (lede.paragraph() == at.headline || at.furniture[lede.paragraph()]) {
                continue;
            }
            Mention subj = subjects.sentenceSubject(lede, lede.endToken());
            return subj != null && subj.type() == Mention.Type.ORGANISATION && isBody(subj) ? subj : headlineBody();
        }
        return null;
    }

    /** "Safaricom profits climb 14 percent", "Layoffs imminent at Spirit AeroSystems": the first body the headline names. */
    private Mention headlineBody() {
        if (at.headline < 0) {
            return null;
        }
        Paragraph h = at.paragraphs.get(at.headline);
        if (at.isTitleCase(h)) {
            return null; // "Samsung Confirms Data Hack; This Is What It Said": every word looks like a name
        }
        for (int k = h.firstToken(); k < h.endToken(); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || !t.capitalised || t.inQuote()) {
                continue;
            }
            Mention m = reader.readForward(k, h.endToken());
            if (m != null && isBody(m) && !isConfirmedPerson(m.name())) {
                return m;
            }
            if (m != null) {
                k = Math.max(k, m.last());
            }
        }
        return null;
    }

    /**
     * "Cisco systems cuts workers …" over "… the company said": when nothing nearer stands for it, a plain "the
     * company" is the first name in the headline or the lede that nothing marks as a person or a place and that the
     * story names again. The last resort before a speaker called "Company", which is never right. Not for "the
     * union" or "the agency": the lede names the employer or the disaster as readily as the union or the agency.
     */
    Mention storyBody(Mention m) {
        // "the regional power company" describes a body of its own; "the company" only points back
        if (!m.name().equalsIgnoreCase("the " + m.head()) || !at.lex.businessWords.contains(m.head())) {
            return null;
        }
        if (at.headline >= 0 && !at.isTitleCase(at.paragraphs.get(at.headline))) {
            Paragraph h = at.paragraphs.get(at.headline);
            Mention found = firstBodyName(h.firstToken(), h.endToken());
            if (found != null) {
                return found;
            }
        }
        for (int s = 0, seen = 0; s < at.sentences.size() && seen < LEDE_SENTENCES; s++) {
            Sentence lede = at.sentences.get(s);
            if (lede.paragraph() == at.headline || at.furniture[lede.paragraph()]) {
                continue;
            }
            seen++;
            Mention found = firstBodyName(lede.firstToken(), Math.min(lede.endToken(), m.first()));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Mention firstBodyName(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = at.tok(k);
            if (!t.isWord() || !t.capitalised || t.inQuote()) {
                continue;
            }
            Mention c = reader.readForward(k, to);
            if (c == null) {
                continue;
            }
            boolean unmarked = c.type() == Mention.Type.ORGANISATION || c.type() == Mention.Type.PERSON
                    && c.gender() == Gender.UNKNOWN && !at.tok(c.first()).has(Lexicon.FIRST_NAME)
                    && !at.tok(c.first()).has(Lexicon.TITLE) && !isConfirmedPerson(c.name());
            // "Nearly 300 workers …" opens a sentence with a capital; a business's name comes back in the story
            boolean named = c.first() < c.last() || at.text.indexOf(c.name(), at.tok(c.last()).end) >= 0;
            if (unmarked && named && !at.lex.isPlace(c.name(), c.first() == c.last() ? at.tok(c.first()) : null)) {
                return c;
            }
            if (c.type() == Mention.Type.PERSON || c.type() == Mention.Type.ORGANISATION) {
                k = Math.max(k, c.last()); // "Fiona Baird": not "Baird" next; "Members of Dockwise Scotland": read on
            }
        }
        return null;
    }

    /**
     * "CalMac has cancelled …": one word that is no plain word capitalised because it opens the
     * sentence ("Ticket sales fell"): it has a capital inside, or stands inside the sentence.
     */
    private boolean isOneWordBody(Mention subj) {
        boolean innerCapital = TokenShapes.hasInnerCapital(subj.name(), 0, subj.name().length());
        Token before = subj.first() > 0 ? at.tok(subj.first() - 1) : null; // "Many Kazakhs have …" are people
        return innerCapital || at.sentenceOf(subj.first()).firstToken() != subj.first() && (before == null
                || !before.has(Lexicon.DETERMINER) || before.is("the") || before.is("a") || before.is("an"))
                || OrgNominals.reportsAboutItself(at, subj);
    }

    /** "the Harbour Council", "the Dockers' Union": a body that its own word marks as no business. */
    private boolean namesPublicBody(Mention subj) {
        Token head = at.tok(subj.last());
        return head.has(Lexicon.ORGANISATION) && !at.lex.businessWords.contains(head.base);
    }

    private boolean isBody(Mention subj) {
        boolean body = subj.type() == Mention.Type.ORGANISATION
                || subj.type() == Mention.Type.PERSON && subj.role() == null && resolver.describedBody(subj.name()) != null
                || subj.type() == Mention.Type.PERSON && subj.role() == null && subj.gender() == Gender.UNKNOWN
                && (subj.name().indexOf(' ') > 0 || isOneWordBody(subj))
                && !isConfirmedPerson(subj.name());
        boolean dateline = subj.name().equals(subj.name().toUpperCase(Locale.ROOT)) && isDatelinePlace(subj); // "SAN JOSE, Calif. —"
        // "Britain is its second-biggest market. …, the company said": a country is no company
        boolean place = at.lex.isPlace(subj.name(), subj.first() == subj.last() ? at.tok(subj.first()) : null);
        return body && !dateline && !place && !subj.possessive();
    }

    /** A name in capitals that opens its paragraph before a comma, a dash or a bracket; "The NTSB is …" is a body. */
    private boolean isDatelinePlace(Mention subj) {
        int first = subj.first();
        int next = subj.last() + 1;
        boolean opens = first == 0 || at.tok(first - 1).paragraph != at.tok(first).paragraph;
        return opens && (next >= at.tokens.size() || !at.tok(next).isWord());
    }
}
