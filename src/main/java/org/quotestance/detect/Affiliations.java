package org.quotestance.detect;


/**
 * A person or an unnamed source named with the organisation or place it belongs to: the person or
 * the source is the speaker, not the body.
 */
final class Affiliations {
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "on", "at", "from",
            "across", "inside", "for", "of");

    private final MentionReader reader;
    private final TokenList tokens;

    Affiliations(MentionReader reader, TokenList tokens) {
        this.reader = reader;
        this.tokens = tokens;
    }

    /**
     * "Eeva Ojala of the University of Helsinki", "Jessica Wen at Banfield & Co", "Sen. Susan Collins of Maine",
     * "Sgt. Dana Pruitt with the sheriff's office" (the American local-news way of naming an employer):
     * the person before "of"/"at"/"from" speaks; the organisation or place after it only says where she works.
     * Offices ("Secretary of Defense Pete Hegseth", "the mayor of Kherson") have no personal name before "of".
     */
    Mention personOf(Mention run, int floor) {
        int i = run.first();
        int e = run.last();
        int o = -1;
        for (int k = i + 1; k < e; k++) {
            if (isAffiliation(tokens.get(k))) {
                o = k;
                break;
            }
        }
        if (o < 0) {
            // "Marcus Tolliver at Crestline Securities": "at" is no name connector, so the run stops after it
            int before = i - 1;
            if (before - 1 > floor && tokens.get(before).is("the") && tokens.get(before - 1).is("with")) {
                before--; // "Sgt. Dana Pruitt with the Clark County Sheriff's Office tells …"
            }
            if (before - 1 >= floor && isAffiliation(tokens.get(before))
                    && reader.isCapitalisedContent(tokens.get(before - 1)) && !tokens.get(before - 1).possessive) {
                Mention p = reader.readNameRun(before - 1, floor);
                if (isPersonalName(p, p == null ? 0 : p.first(), before - 1, i, e)) {
                    return new Mention(p.first(), e, p.start(), run.end(), p.type(), p.name(), p.role(), p.head(),
                            p.gender(), run.possessive());
                }
            }
            return null;
        }
        int tail = o + 1;
        while (tail < e && tokens.get(tail).is("the")) {
            tail++;
        }
        Mention p = reader.classifyRun(i, o - 1);
        if (!isPersonalName(p, i, o - 1, tail, e)) {
            return null;
        }
        return new Mention(i, e, run.start(), run.end(), p.type(), p.name(), p.role(), p.head(), p.gender(),
                run.possessive());
    }

    private boolean isAffiliation(Token t) {
        return t.isWord() && !t.capitalised && (t.is("of") || t.is("at") || t.is("from") || t.is("with"));
    }

    /** A person's name (with a first name, an honorific or two name words) and an organisation or place after it. */
    private boolean isPersonalName(Mention p, int from, int to, int tailFrom, int tailTo) {
        if (p == null || p.type() != Mention.Type.PERSON || p.possessive() || tailFrom > tailTo) {
            return false;
        }
        boolean known = false;
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.has(Lexicon.FIRST_NAME) || t.has(Lexicon.HONORIFIC)) {
                known = true;
            }
        }
        // two name words are a person whatever follows: "Marvene Noel of Riverside" (no first name we know)
        return known || p.name().indexOf(' ') > 0;
    }

    /**
     * "Officials in Kyiv", "ISLANDERS on Eilean Mòr", "analysts at Nordbank", "A spokesperson for the
     * European Commission": the place or the body belongs to the source.
     */
    Mention sourceOf(Mention run, int floor) {
        int prep = run.first() - 1;
        boolean the = prep - 2 >= floor && tokens.get(prep).is("the") && tokens.get(prep - 1).is("for");
        if (the) {
            prep--; // only "for the": "officials in the capital" keep the place reading they had
        }
        if (prep - 1 < floor || !tokens.get(prep).isWord() || tokens.get(prep).capitalised
                || !PLACE_PREPOSITIONS.contains(tokens.get(prep).lower)) {
            return null;
        }
        Token noun = tokens.get(prep - 1);
        if (!noun.isWord() || noun.inQuote() || !noun.has(Lexicon.SOURCE) || noun.possessive) {
            return null;
        }
        Mention n = reader.readNominal(prep - 1, floor);
        if (n == null) {
            return null;
        }
        String phrase = reader.text().substring(n.start(), run.end());
        return new Mention(n.first(), run.last(), n.start(), run.end(), n.type(), phrase, null, n.head(), n.gender(),
                run.possessive());
    }
}
