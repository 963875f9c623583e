package org.quotestance.detect;

import org.quotestance.model.QuoteKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides for every quote region whether it is a direct, partial or headline quote (or a scare
 * quote or title, which it drops) and finds its speaker phrase with the positional sieves, most
 * precise first: right after the quote, then a cue before it in the same sentence (or a colon
 * ending the previous paragraph). Inherited and salience-based speakers come later, in
 * {@link SpeakerResolver}, once names are canonical.
 */
final class Attributor {
    private static final int AFTER_WINDOW = 16;
    private static final int BEFORE_WINDOW = 45;

    private final AnalysedText at;
    private final MentionReader reader;
    private final Subjects subjects;
    private final QuotedNames names;
    /** cues that attribute a full direct quote, so they do not also introduce reported speech */
    final boolean[] usedCues;

    Attributor(AnalysedText at, MentionReader reader, Subjects subjects) {
        this.at = at;
        this.reader = reader;
        this.subjects = subjects;
        this.names = new QuotedNames(at);
        this.usedCues = new boolean[at.cues.size()];
    }

    List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        for (QuoteRegion r : at.quotes) {
            Finding f = attribute(r);
            if (f == null) {
                continue;
            }
            if (!r.multiParagraph()) {
                out.add(f);
                continue;
            }
            // a quote over several paragraphs is one quote per paragraph, all with the same speaker
            for (int p = r.firstParagraph(); p <= r.lastParagraph(); p++) {
                Paragraph para = at.paragraphs.get(p);
                int from = p == r.firstParagraph() ? r.start() : at.tok(para.firstToken()).end;
                int to = p == r.lastParagraph() ? r.end() : para.end();
                int[] span = trimmed(from, to);
                if (span == null) {
                    continue;
                }
                Finding piece = new Finding(f.kind, span[0], span[1], r.index(),
                        p == r.firstParagraph() ? r.openToken() : para.firstToken(), p);
                piece.mention = f.mention;
                piece.cue = f.cue;
                piece.sieve = f.sieve;
                piece.confidence = f.confidence;
                piece.piece = p - r.firstParagraph();
                out.add(piece);
            }
        }
        return out;
    }

    private record Hit(Mention mention, Cue cue) {
    }

    private Finding attribute(QuoteRegion r) {
        if (at.furniture[r.firstParagraph()]) {
            return null;
        }
        int[] span = trimmedContent(r);
        if (span == null) {
            return null;
        }
        int words = names.wordsIn(r);
        if (words == 0 || words == 1 && isNickname(r)) {
            return null;
        }
        if (r.firstParagraph() == at.headline) {
            return names.isHeadlineTerm(r, words) ? null : headline(r, span);
        }
        if (isLabelledCrosshead(r)) {
            return headline(r, span); // "First Minister: ‘Stay at home if you can’" over a live-blog entry
        }
        Hit after = after(r);
        Hit before = before(r);
        if (after == null && names.isWorkTitle(r)) {
            return null; // "the self-help book “Switch Off: Notes from a Drifting Mind”", "a viral song, “Drift”"
        }
        boolean direct = isDirect(r, after);
        if (!direct && names.isTitleOrScare(r, words, before != null || after != null)) {
            return null;
        }
        QuoteKind kind = direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        Finding f = new Finding(kind, span[0], span[1], r.index(), r.openToken(), r.firstParagraph());
        Hit chosen = direct ? (after != null ? after : before) : (before != null ? before : after);
        if (chosen != null) {
            f.mention = chosen.mention;
            f.cue = chosen.cue;
            f.sieve = chosen == after ? Finding.Sieve.AFTER : Finding.Sieve.BEFORE;
            if (direct && chosen.cue != null) {
                usedCues[chosen.cue.index()] = true;
            }
        } else if (before == null && after == null) {
            Mention caption = direct ? CaptionLines.under(at, reader, r) : null;
            if (caption != null) {
                f.mention = caption; // a quote round-up: the caption line under the quote names its speaker
                f.sieve = Finding.Sieve.AFTER;
            } else {
                f.cue = nearestCue(r);
            }
        }
        double c = f.sieve.confidence;
        if (r.unclosed()) {
            c *= 0.7;
        }
        if (!direct) {
            c *= 0.9;
        }
        f.confidence = c;
        return f;
    }

    private Finding headline(QuoteRegion r, int[] span) {
        Finding f = new Finding(QuoteKind.HEADLINE, span[0], span[1], r.index(), r.openToken(), r.firstParagraph());
        Paragraph p = at.paragraphs.get(r.firstParagraph());
        // "Hegseth: Ukraine-Russia War ‘Must End’"
        for (int t = p.firstToken(); t < Math.min(p.endToken(), p.firstToken() + 8); t++) {
            Token tok = at.tok(t);
            if (tok.inQuote()) {
                break;
            }
            if (tok.isPunct(':') && t > p.firstToken()) {
                Mention m = reader.readBackward(t - 1, p.firstToken());
                if (m != null && m.first() == p.firstToken() && m.type() != Mention.Type.PRONOUN) {
                    f.mention = m;
                    f.sieve = Finding.Sieve.HEADLINE;
                }
                break;
            }
        }
        if (f.mention == null) {
            Hit before = before(r);
            if (before != null) {
                f.mention = before.mention;
                f.cue = before.cue;
                f.sieve = Finding.Sieve.HEADLINE;
            }
        }
        f.confidence = f.sieve.confidence;
        return f;
    }

    /** Quote content without surrounding spaces and a trailing comma, full stop, colon or semicolon. */
    int[] trimmedContent(QuoteRegion r) {
        return trimmed(r.start(), r.end());
    }

    private int[] trimmed(int s, int e) {
        String text = at.text;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",.;:".indexOf(text.charAt(e - 1)) >= 0
                && !(e - s >= 3 && text.startsWith("...", e - 3)))) {
            e--;
        }
        return e > s ? new int[]{s, e} : null;
    }

    /** `“…,” Hegseth stated` / `“…,” said Hegseth` / `“…,” Miller, a former spokesman, said`. */
    private Hit after(QuoteRegion r) {
        if (r.closeToken() < 0) {
            return null;
        }
        Paragraph p = at.paragraphs.get(r.lastParagraph());
        int t = r.closeToken() + 1;
        if (t < p.endToken() && (at.tok(t).isPunct(',') || at.tok(t).isPunct('—') || at.tok(t).isPunct('–'))) {
            t++;
        }
        if (t >= p.endToken() || !at.tok(t).isWord()) {
            return null;
        }
        int ci = at.cueAt[t];
        if (ci >= 0) {
            Cue c = at.cues.get(ci);
            // "said BPPT cloud seeding division chief Tri Handoko Seto": the person after the body and the role words
            Mention m = RolePrefix.personAfterBody(at, reader, reader.readForward(c.last() + 1, p.endToken()), p.endToken());
            if (c.cueClass() == CueClass.ACCORDING) {
                return m == null ? null : new Hit(m, c);
            }
            if (m != null && m.type() == Mention.Type.ROLE_NOMINAL && m.last() + 1 < p.endToken() && at.tok(m.last() + 1).is("and")) {
                // "said Swiss President and Home Affairs Minister Berset in an interview"
                Mention joined = RolePrefix.joinedRolesThenName(at, reader, c.last() + 1, p.endToken());
                m = joined != null ? joined : m;
            }
            if (m == null || namesTheRolesOwner(m, c.last() + 1, p.endToken())) {
                // "said regional union leader X"; "said Soudal rider Evenepoel": the team's name, then its rider
                Mention named = RolePrefix.thenName(at, reader, c.last() + 1, p.endToken());
                m = m == null || named != null ? named : m;
            }
            if (m == null) {
                m = RolePrefix.joinedRolesThenName(at, reader, c.last() + 1, p.endToken());
            }
            if (m == null) {
                m = RolePrefix.roleThenCommaName(at, reader, c.last() + 1, p.endToken());
            }
            if (m != null && m.type() != Mention.Type.PRONOUN) {
                return new Hit(withAppositionRole(nameInApposition(m, p), p), c);
            }
            if (m != null) {
                return new Hit(m, c);
            }
            return null;
        }
        // find the cue within a short window that holds only the speaker phrase
        int comma = -1;
        boolean paren = false;
        int window = t + AFTER_WINDOW;
        for (int k = t; k < Math.min(p.endToken(), window); k++) {
            Token tok = at.tok(k);
            if (tok.isPunct('(')) {
                window += 3; // a bracketed acronym or party label does not count: "… of Teachers (GNAT), Angel Carbonou told"
            }
            if (tok.inQuote()) {
                return null;
            }
            if (at.cueAt[k] >= 0 && k > t) {
                Cue c = at.cues.get(at.cueAt[k]);
                if (c.cueClass() == CueClass.ACCORDING) {
                    return null;
                }
                Mention passedOn = QuotedAsSaying.before(at, reader, k, t);
                if (passedOn != null) {
                    return new Hit(passedOn, c); // "…," PTI quoted Malik as saying
                }
                QuotedAsSaying.Passed reported = QuotedAsSaying.after(at, reader, k, p.endToken());
                if (reported != null) {
                    return new Hit(reported.speaker(), reported.cue()); // "…," the Courier reported Dlamini saying
                }
                int end = k - 1;
                while (end > t && at.tok(end).isWord() && (at.tok(end).has(Lexicon.FILLER_BEFORE)
                        || !at.tok(end).capitalised && at.tok(end).lower.endsWith("ly"))) {
                    end--; // "the deputy is faintly heard asking"
                }
                end = subjects.beforeAside(end, t); // "a statement signed by … on Monday said"
                String role = null;
                if (comma > 0) {
                    if (at.tok(k).sentence != at.tok(r.closeToken()).sentence) {
                        return null; // `“… the signals.” Ukraine, he said, …`: the next sentence's own aside
                    }
                    role = reader.appositionRole(comma, k);
                    end = comma - 1;
                }
                Mention m = CoordinatedSources.widen(at, reader, reader.readBackward(end, t), t);
                if (m != null && m.type() == Mention.Type.PRONOUN && at.lex.speakingDocuments.contains(m.head())) {
                    m = StatementIssuers.named(at, reader, subjects, m); // "“…,” the statement said."
                }
                Mention named = comma > 0 ? nameAfterLeadingRole(t, comma, k) : null;
                if (named != null) {
                    return new Hit(named, c); // "“…,” PNP chief, Director General Alan Purisima, said"
                }
                if (m != null && m.first() > t + 1 && m.type() == Mention.Type.PERSON && comma < 0
                        && RolePrefix.before(at, t + 1, m.first())) {
                    // "…," army negotiator Brigadier Khalid al-Tayeb told AFP: role words the name run left out
                    m = RolePrefix.withRole(at, m, t + 1);
                } else if (m != null && m.first() > t + 1 && m.type() == Mention.Type.PERSON && comma < 0) {
                    Mention joined = RolePrefix.joinedRolesThenName(at, reader, t, k + 1);
                    m = joined != null && joined.last() == m.last() ? joined : m;
                }
                if (m != null && m.first() > t + 1 && comma < 0 && SpeakerAfterQuote.issuedBy(at, t, m.first())) {
                    return new Hit(m, c); // "…," a joint statement by the unions said
                }
                if ((m == null || m.first() > t + 1) && comma < 0) {
                    m = SpeakerAfterQuote.personBeforeOf(at, reader, t, end); // "…," Rep. Jin Sung-joon of the main opposition party said
                }
                if (m == null || m.first() > t + 1) {
                    return null;
                }
                if (role != null && m.type() == Mention.Type.PERSON && m.role() == null) {
                    m = subjects.withRole(m, role);
                }
                return new Hit(m, c);
            }
            if (tok.isPunct('(') || tok.isPunct(')')) {
                paren = tok.isPunct('('); // "Sen. Tom Reyes (R-Ariz.) told reporters"
            } else if (tok.isPunct(',')) {
                if (comma >= 0) {
                    continue;
                }
                comma = k;
            } else if (!tok.isWord() && !(tok.isPunct('.') && (paren || k > t && at.tok(k - 1).end == tok.start
                    && (at.tok(k - 1).lower.length() <= 3 || at.tok(k - 1).has(Lexicon.ABBREVIATION)))) && !tok.isPunct('-')) {
                return null;
            }
        }
        return null;
    }

    /** The full name between the first comma and a second one before the cue, its role the words before. */
    /** "said Soudal rider Evenepoel": a one-word name read after the cue, then lower-case role words. */
    private boolean namesTheRolesOwner(Mention m, int from, int limit) {
        return m.first() == from && m.first() == m.last() && m.last() + 2 < limit
                && (m.type() == Mention.Type.PERSON || m.type() == Mention.Type.ORGANISATION)
                && at.tok(m.last() + 1).isWord() && !at.tok(m.last() + 1).capitalised;
    }

    private Mention nameAfterLeadingRole(int t, int comma, int cue) {
        Mention name = reader.readForward(comma + 1, cue);
        // "…, Angel Carbonou, told" or, as many papers write it, "…, Angel Carbonou told"
        if (name == null || name.type() != Mention.Type.PERSON || name.name().indexOf(' ') < 0 || name.first() != comma + 1
                || !(name.last() + 2 == cue && at.tok(name.last() + 1).isPunct(',') || name.last() + 1 == cue)) {
            return null;
        }
        if (!at.tok(t).capitalised && ClauseOpenings.isPastTense(at, at.tok(t))) {
            return null; // "…', organised by the Federation of Indian Export Organisations (FIEO), Piyush Goyal said": no office
        }
        for (int k = t; k < comma; k++) {
            if (TokenShapes.isAcronymInBrackets(at.text, at.tokens, k, comma)) {
                k += 2; // "the General Secretary of the Ghana National Association of Teachers (GNAT), …"
                continue;
            }
            if (!at.tok(k).isWord() || at.tok(k).has(Lexicon.PRONOUN)) {
                return null;
            }
        }
        String role = Subjects.stripArticle(at.text.substring(at.tok(t).start, at.tok(comma - 1).end))
                + (name.role() != null ? ", " + name.role() : "");
        return new Mention(name.first(), name.last(), name.start(), name.end(), name.type(), name.name(), role,
                name.head(), name.gender(), name.possessive());
    }

    /** `“…,” said its executive director, William Todts.`: the name after the comma speaks; the nominal is the role. */
    private Mention nameInApposition(Mention m, Paragraph p) {
        boolean office = isOfficeReadAsBody(m);
        if (m.type() != Mention.Type.ROLE_NOMINAL && m.type() != Mention.Type.ANONYMOUS && !office
                || TokenShapes.closeToWord(at.tokens, m.first(), m.last()) >= 0) {
            return m; // "said a source close to the chancellor, Rachel Reeves": the name is the chancellor's
        }
        int comma = m.last() + 1;
        if (office) {
            comma = afterPlaceTail(comma, p.endToken()); // "the WHO Representative to South Sudan, Dr …"
        }
        if (comma + 1 >= p.endToken() || !at.tok(comma).isPunct(',')) {
            return m;
        }
        Mention name = reader.readForward(comma + 1, p.endToken());
        if (name == null || name.type() != Mention.Type.PERSON || name.first() != comma + 1
                || name.name().indexOf(' ') < 0 || name.possessive()) {
            return m;
        }
        int after = name.last() + 1;
        if (after < p.endToken() && !at.tok(after).isPunct('.') && !at.tok(after).isPunct(',')) {
            return m;
        }
        String role = office ? at.text.substring(at.tok(m.first()).start, at.tok(comma - 1).end)
                : name.role() != null ? name.role() : withoutPossessiveDeterminer(Subjects.stripArticle(m.name()));
        return subjects.withRole(name, role); // not possessive: a possessive name was turned away above
    }

    /** "the WHO Representative": a body's name ending in an office, after "the", is an office, not the body. */
    private boolean isOfficeReadAsBody(Mention m) {
        return OfficeAppositions.endsInOffice(at, m) && m.first() > 0 && at.tok(m.first() - 1).is("the");
    }

    /** The token after "to South Sudan" or "for Health" that follows an office, or {@code k} when none follows. */
    private int afterPlaceTail(int k, int limit) {
        if (k + 1 >= limit || !(at.tok(k).is("to") || at.tok(k).is("of") || at.tok(k).is("for") || at.tok(k).is("in"))) {
            return k;
        }
        int t = k + 1;
        while (t < limit && t - k <= 5 && at.tok(t).isWord() && (at.tok(t).capitalised || at.tok(t).is("and"))) {
            t++;
        }
        return t > k + 1 && t < limit && at.tok(t).isPunct(',') ? t : k;
    }

    private static String withoutPossessiveDeterminer(String phrase) {
        for (String d : new String[]{"its ", "their ", "his ", "her ", "our "}) {
            if (phrase.regionMatches(true, 0, d, 0, d.length())) {
                return phrase.substring(d.length());
            }
        }
        return phrase;
    }

    private Mention withAppositionRole(Mention m, Paragraph p) {
        int next = m.last() + 1;
        if (m.type() != Mention.Type.PERSON || m.role() != null || next >= p.endToken() || !at.tok(next).isPunct(',')) {
            return m;
        }
        String role = reader.appositionRole(next, p.endToken());
        if (role == null) {
            return m;
        }
        return subjects.withRole(m, role);
    }

    /** A speech cue earlier in the quote's sentence, or a colon ending the previous paragraph. */
    private Hit before(QuoteRegion r) {
        int o = r.openToken();
        Hit label = speakerLabel(o);
        if (label != null) {
            return label;
        }
        Sentence s = at.sentenceOf(o);
        int from = o - 1;
        int floor = s.firstToken();
        Mention owner = OwnedWords.ownerBefore(at, reader, o, floor);
        if (owner != null) {
            return new Hit(owner, null); // "slammed Pritam Singh’s comment that “the court of public opinion …”"
        }
        if (from < floor && o == at.paragraphs.get(r.firstParagraph()).firstToken() && r.firstParagraph() > 0) {
            Paragraph prev = at.paragraphs.get(r.firstParagraph() - 1);
            if (!prev.isEmpty() && at.tok(prev.endToken() - 1).isPunct(':') && !at.furniture[prev.index()]) {
                from = prev.endToken() - 2;
                floor = at.sentenceOf(prev.endToken() - 1).firstToken();
            }
        }
        for (int k = from; k >= Math.max(floor, o - BEFORE_WINDOW); k--) {
            Token tok = at.tok(k);
            if (tok.inQuote()) {
                // skip over an earlier partial quote in the same sentence, but not a full one
                QuoteRegion q = at.quotes.get(tok.quote);
                if (q.openToken() <= floor || q.unclosed()) {
                    return null;
                }
                k = q.openToken();
                continue;
            }
            int ci = at.cueAt[k];
            if (ci >= 0) {
                Cue c = at.cues.get(ci);
                Mention m = subjects.of(c);
                if (m != null) {
                    return new Hit(m, c);
                }
                k = c.first();
            }
        }
        return null;
    }

    /** "Holt: “It’s an honest answer.”": a name alone before a colon that opens the paragraph. */
    private Hit speakerLabel(int open) {
        Paragraph p = at.paragraphs.get(at.tok(open).paragraph);
        if (open - 2 < p.firstToken() || open - 2 > p.firstToken() + 3 || !at.tok(open - 1).isPunct(':')) {
            return null;
        }
        Mention m = reader.readBackward(open - 2, p.firstToken());
        if (m == null || m.first() != p.firstToken() || m.type() != Mention.Type.PERSON) {
            return null;
        }
        if (m.first() == m.last() && m.role() == null && m.gender() == Gender.UNKNOWN && ClauseOpenings.opensStory(at, p.index())) {
            return null; // "Mumbai: “Either you or I …” Uddhav Thackeray challenges": the dateline, no speaker
        }
        return new Hit(m, null);
    }

    private Cue nearestCue(QuoteRegion r) {
        return null;
    }

    private boolean isDirect(QuoteRegion r, Hit after) {
        if (r.multiParagraph()) {
            return true;
        }
        int o = r.openToken();
        Sentence s = at.sentenceOf(o);
        boolean contentUpper = o + 1 < at.tokens.size() && at.tok(o + 1).capitalised
                || o + 1 < at.tokens.size() && at.tok(o + 1).kind != Token.Kind.WORD;
        int k = o - 1;
        while (k >= s.firstToken() && (at.tok(k).isPunct('(') || at.tok(k).isPunct('—') || at.tok(k).isPunct('–'))) {
            k--;
        }
        if (k < s.firstToken()) {
            return true;
        }
        Token prev = at.tok(k);
        if (prev.isPunct(':')) {
            return true;
        }
        if (prev.isPunct(',') && contentUpper) {
            return true;
        }
        if ((prev.isPunct('.') || prev.isPunct('!') || prev.isPunct('?')) && contentUpper) {
            return true; // `… wrote on X. “Only Russia …”`: a full stop the sentence splitter took for an initial's
        }
        boolean labelCue = at.cueAt[k] >= 0 && at.cues.get(at.cueAt[k]).cueClass() == CueClass.LABEL;
        if (contentUpper && prev.isWord() && !labelCue && (at.cueAt[k] >= 0 || prev.has(Lexicon.FILLER_AFTER)
                && !prev.is("the") && !prev.is("a") && !prev.is("an"))) {
            return true;
        }
        return after != null && contentUpper && at.cueAt[k] >= 0;
    }

    /** "Gerald ‘Gerry’ Marsh": a capitalised word in quotes between two parts of a name is a nickname. */
    private boolean isNickname(QuoteRegion r) {
        int o = r.openToken();
        int c = r.closeToken();
        return c == o + 2 && o > 0 && c + 1 < at.tokens.size() && at.tok(o + 1).capitalised
                && at.tok(o - 1).paragraph == at.tok(o).paragraph && at.tok(c + 1).paragraph == at.tok(c).paragraph
                && reader.isCapitalisedContent(at.tok(o - 1)) && reader.isCapitalisedContent(at.tok(c + 1));
    }

    /**
     * A line of its own that is a short label, a colon and a quotation ending the line with no full
     * stop: a crosshead in the style of a headline ("Met Office: ‘Gusts could reach 100mph’").
     */
    private boolean isLabelledCrosshead(QuoteRegion r) {
        Paragraph p = at.paragraphs.get(r.firstParagraph());
        int o = r.openToken();
        if (r.multiParagraph() || r.closeToken() != p.endToken() - 1 || o - p.firstToken() < 2 || o - p.firstToken() > 5
                || !at.tok(o - 1).isPunct(':')) {
            return false;
        }
        Token lastWord = at.tok(r.closeToken() - 1);
        return lastWord.isWord() && names.wordsIn(r) <= 12;
    }
}
