package org.quotestance.detect;

import java.util.List;

/** A person named with the organisation or place she belongs to: the person is the speaker. */
final class Affiliations {
    private final MentionReader reader;
    private final List<Token> tokens;

    Affiliations(MentionReader reader, List<Token> tokens) {
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
        boolean orgTail = tokens.get(tailFrom - 1).is("the") || reader.runHasOrganisationWord(tailFrom, tailTo);
        return known || orgTail && p.name().indexOf(' ') > 0;
    }
}
