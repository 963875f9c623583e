package org.quotestance.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The article text cut into paragraphs, tokens, quote regions, sentences and speech cues: the
 * shared input of every later pass. Built in a handful of linear passes.
 */
final class AnalysedText {
    final String text;
    final Lexicon lex;
    final TokenList tokens;
    final List<Paragraph> paragraphs;
    final List<QuoteRegion> quotes;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    /** for each token, the cue it belongs to, or -1 */
    final int[] cueAt;
    final boolean[] furniture;
    /** the headline paragraph (0) when the text opens with one, else -1 */
    final int headline;
    /** indexes of the capitalised words, in order ({@code [0, capitalWordCount)}): where names may be */
    final int[] capitalWords;
    final int capitalWordCount;

    AnalysedText(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
        Tokenizer tz = new Tokenizer(text, lex);
        tz.run();
        tokens = tz.tokens;
        paragraphs = tz.paragraphs;
        capitalWords = tz.capitalWords;
        capitalWordCount = tz.capitalWordCount;
        QuoteMarks marks = new QuoteMarks(text, tokens, paragraphs, tz.marks, tz.markCount);
        marks.run();
        quotes = marks.regions;
        splitSentences(tz.stops, tz.stopCount, tz.marks, tz.markCount);
        furniture = new boolean[paragraphs.size()];
        for (Paragraph p : paragraphs) {
            furniture[p.index()] = isFurniture(p) || isCreditUnderByline(p);
        }
        headline = findHeadline();
        headlineInTitleCase = headline >= 0 && isTitleCase(paragraphs.get(headline));
        if (headlineInTitleCase) {
            lowerHeadlineVerbs(paragraphs.get(headline));
        }
        for (Paragraph p : paragraphs) {
            if (p.index() != headline && !furniture[p.index()] && isTitleCaseSubhead(p)) {
                furniture[p.index()] = true; // "Finance Minister Defends High Salaries of Ministers": a crosshead names no one
            }
        }
        cueAt = new int[tokens.size()];
        Arrays.fill(cueAt, -1);
        findCues(tz.cueWords, tz.cueWordCount);
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    /**
     * The token after the quotation that token {@code t} lies in ({@link Token#quote}), over all its
     * paragraphs: every token before it from {@code t} on lies in a quotation, so a reader looking for
     * the first word outside one can go there at once instead of token by token.
     */
    int afterQuote(int t) {
        QuoteRegion r = quotes.get(tokens.get(t).quote);
        return r.closeToken() >= 0 ? r.closeToken() + 1 : paragraphs.get(r.lastParagraph()).endToken();
    }

    Sentence sentenceOf(int token) {
        return sentences.get(tokens.get(token).sentence);
    }

    String textOf(int firstToken, int lastToken) {
        return text.substring(tokens.get(firstToken).start, tokens.get(lastToken).end);
    }

    /**
     * Sentences end at a stop ('.', '!', '?', '…') or at a closing mark after one; only those tokens
     * are visited: the tokenizer lists the stops, the pairing the marks.
     */
    private void splitSentences(int[] stops, int stopCount, int[] marks, int markCount) {
        int si = 0;
        int mi = 0;
        for (Paragraph p : paragraphs) {
            int start = p.firstToken();
            int from = p.firstToken();
            while (true) {
                while (si < stopCount && stops[si] < from) {
                    si++;
                }
                while (mi < markCount && marks[mi] < from) {
                    mi++;
                }
                int t = Math.min(si < stopCount ? stops[si] : Integer.MAX_VALUE, mi < markCount ? marks[mi] : Integer.MAX_VALUE);
                if (t >= p.endToken()) {
                    break;
                }
                Token tok = tokens.get(t);
                int next = -1;
                if (tok.kind == Token.Kind.PUNCT && tok.quote < 0 && isStop(tok)) {
                    int j = t + 1;
                    while (j < p.endToken() && (tokens.get(j).isPunct(')') || tokens.get(j).isPunct(']'))) {
                        j++;
                    }
                    if (j < p.endToken() && startsSentence(tokens.get(j))
                            && !(tok.lower.equals(".") && endsAbbreviation(t) && !strongStart(tokens.get(j)))) {
                        next = j;
                    }
                } else if (tok.markRole == Token.MarkRole.CLOSE && tok.quote >= 0 && t > p.firstToken()
                        && quotes.get(tok.quote).closeToken() == t && isStop(tokens.get(t - 1))) {
                    int j = t + 1;
                    if (j < p.endToken() && startsSentence(tokens.get(j))) {
                        next = j;
                    }
                }
                if (next > 0) {
                    addSentence(p, start, next);
                    start = next;
                    from = next;
                } else {
                    from = t + 1;
                }
            }
            if (start < p.endToken()) {
                addSentence(p, start, p.endToken());
            }
        }
    }

    private void addSentence(Paragraph p, int first, int end) {
        int index = sentences.size();
        sentences.add(new Sentence(index, p.index(), first, end));
        for (int t = first; t < end; t++) {
            tokens.get(t).sentence = index;
        }
    }

    private static boolean isStop(Token t) {
        return t.kind == Token.Kind.PUNCT && (t.lower.startsWith(".") || t.lower.equals("!") || t.lower.equals("?")
                || t.lower.equals("…"));
    }

    private boolean startsSentence(Token t) {
        return t.kind == Token.Kind.WORD && t.capitalised || t.kind == Token.Kind.NUMBER
                || t.markRole == Token.MarkRole.OPEN || t.isPunct('(');
    }

    private boolean endsAbbreviation(int dot) {
        if (dot == 0) {
            return false;
        }
        Token w = tokens.get(dot - 1);
        if (!w.isWord() || w.end != tokens.get(dot).start) {
            return false;
        }
        return w.has(Lexicon.ABBREVIATION) || w.lower.length() == 1 || w.lower.indexOf('.') >= 0
                || w.has(Lexicon.HONORIFIC);
    }

    private boolean strongStart(Token t) {
        return t.isWord() && t.has(Lexicon.FUNCTION) && !t.has(Lexicon.TIME);
    }

    private boolean isFurniture(Paragraph p) {
        if (p.isEmpty()) {
            return true;
        }
        int len = p.end() - p.start();
        if (startsLikeFurniture(p, len)) {
            return true;
        }
        // a photo caption ends with a picture credit in brackets: "(John Doe/AP)", "(Getty Images)"
        if (text.charAt(p.end() - 1) == ')') {
            int open = -1;
            for (int i = p.end() - 1; i >= Math.max(p.start(), p.end() - 80); i--) {
                if (text.charAt(i) == '(') {
                    open = i;
                    break;
                }
            }
            if (open >= 0) {
                String credit = text.substring(open, p.end());
                if (credit.contains("/") || credit.contains("Getty") || credit.contains("Photo")
                        || credit.contains("photo") || credit.contains("Image")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Reporting by …", "Photo: …", "By Anna Berg": the head of the paragraph, lower-cased, starts a furniture line. */
    private boolean startsLikeFurniture(Paragraph p, int len) {
        // compared in place while the head is ASCII, and only with the lines that start with its first character
        int limit = Math.min(p.end(), p.start() + 40);
        char first = text.charAt(p.start());
        if (first < 128) {
            first = asciiLower(first);
            boolean decided = true; // false once a non-ASCII character leaves a comparison open
            for (String f : lex.furnitureStartingWith(first)) {
                int m = asciiStartsWith(p.start(), limit, f);
                if (m > 0) {
                    return true;
                }
                decided &= m == 0;
            }
            if (first == 'b' && len < 100) {
                for (String by : BYLINE_STARTS) {
                    int m = asciiStartsWith(p.start(), limit, by);
                    if (m > 0) {
                        return true;
                    }
                    decided &= m == 0;
                }
            }
            if (decided) {
                return false;
            }
        } else if (!Character.isSurrogate(first) && Character.toLowerCase(first) == first
                && !lex.mayStartFurniture(first)) {
            // "“We …": a character without a lower case keeps its place, and no furniture line starts with it
            return false;
        }
        String head = text.substring(p.start(), limit).toLowerCase(java.util.Locale.ROOT);
        for (String f : lex.furniture) {
            if (head.startsWith(f)) {
                return true;
            }
        }
        if (len < 100) {
            for (String by : BYLINE_STARTS) {
                if (head.startsWith(by)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static final String[] BYLINE_STARTS = {"by ", "by|", "by\u00a0"};

    /**
     * 1 when {@code text[from, limit)} lower-cased starts with {@code prefix}, 0 when not, -1 when a
     * non-ASCII character comes first (its lower case may take a different length: ask String).
     */
    private int asciiStartsWith(int from, int limit, String prefix) {
        if (prefix.length() > limit - from) {
            // too short for the prefix in ASCII; with other characters the lower case may be longer
            for (int i = from; i < limit; i++) {
                if (text.charAt(i) >= 128) {
                    return -1;
                }
            }
            return 0;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = text.charAt(from + i);
            if (c >= 128) {
                return -1;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return 0;
            }
        }
        return 1;
    }

    /**
     * "By Piotr Nowak / Reuters", "By Hannah Lind / Business Reporter": a short line with no sentence
     * end or quotation right under a byline credits the outlet or desk; it names no speaker.
     */
    private boolean isCreditUnderByline(Paragraph p) {
        if (p.index() == 0 || p.isEmpty() || p.end() - p.start() > 60) {
            return false;
        }
        Paragraph by = paragraphs.get(p.index() - 1);
        if (by.isEmpty() || !furniture[by.index()] || !text.regionMatches(true, by.start(), "by ", 0, 3)) {
            return false;
        }
        char last = text.charAt(p.end() - 1);
        for (int t = p.firstToken(); t < p.endToken(); t++) {
            if (tokens.get(t).inQuote()) {
                return false;
            }
        }
        return Character.isLetterOrDigit(last) || last == ')';
    }

    /**
     * "NBA Commissioner Adam Silver Speaks Out on Boycott": in a title-case headline a verb after a name is
     * no part of it; read in lower case, as a headline in sentence case would have it, it ends the name.
     */
    private void lowerHeadlineVerbs(Paragraph h) {
        for (int k = h.firstToken() + 1; k + 1 < h.endToken(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (t.isWord() && t.capitalised && !t.inQuote() && before.isWord() && before.capitalised
                    && HEADLINE_VERBS.contains(t.lower)) {
                tokens.set(k, t.inLowerCase());
            }
        }
    }

    /** Verbs of headlines that no name or plural noun shares. */
    private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of("speaks", "enters", "ends",
            "rejects", "resigns", "quits", "joins", "reacts", "responds", "welcomes", "tells", "slams", "urges",
            "warns", "insists", "reveals", "admits", "denies", "confirms", "explains", "dismisses", "condemns",
            "praises", "defends", "accuses", "announces", "blasts", "hails", "vows", "seeks", "wants", "asks");

    /** Whether the headline was written in title case, before its verbs were read in lower case. */
    private boolean headlineInTitleCase;

    /** A line with no lower-case word of four letters or more: "Judge Assails Last Minute Plea Deals". */
    boolean isTitleCase(Paragraph h) {
        if (h.index() == headline && headlineInTitleCase) {
            return true;
        }
        for (int k = h.firstToken(); k < h.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised && t.lower.length() >= 4) {
                return false;
            }
        }
        return true;
    }

    /** A short line in title case with no closing punctuation or quotation: a subheading between sections. */
    private boolean isTitleCaseSubhead(Paragraph p) {
        int words = 0;
        for (int t = p.firstToken(); t < p.endToken(); t++) {
            Token tok = tokens.get(t);
            if (tok.inQuote() || tok.markRole != Token.MarkRole.NONE || tok.isPunct(',') || tok.isPunct(':')) {
                return false; // "Chester Williams, Commissioner of Police", "Source: …": a label before a quote
            }
            if (tok.isWord()) {
                if (!tok.capitalised && tok.lower.length() >= 4) {
                    return false;
                }
                words++;
            }
        }
        return words >= 4 && words <= SUBHEAD_WORDS && p.endToken() > p.firstToken() && tokens.get(p.endToken() - 1).isWord();
    }

    private static final int SUBHEAD_WORDS = 14;

    /** A first paragraph that is short and has no closing full stop is the headline. */
    private int findHeadline() {
        if (paragraphs.size() < 2) {
            return -1;
        }
        Paragraph p = paragraphs.get(0);
        if (p.end() - p.start() > 250 || p.isEmpty()) {
            return -1;
        }
        char last = text.charAt(p.end() - 1);
        if (last == '.' || last == ':') {
            return -1;
        }
        for (QuoteRegion q : quotes) {
            if (q.firstParagraph() > 0) {
                break;
            }
            if (q.unclosed()) {
                return -1; // a headline does not leave a quote open
            }
        }
        return 0;
    }

    /** @param candidates the words the lexicon lists as speech verbs or phrase starts, in order */
    private void findCues(int[] candidates, int count) {
        int free = 0; // the first token not yet inside a cue
        for (int c = 0; c < count; c++) {
            int t = candidates[c];
            Token tok = tokens.get(t);
            if (t < free || !tok.isWord() || tok.inQuote() || furniture[tok.paragraph]) {
                continue;
            }
            boolean sentenceStart = sentences.get(tok.sentence).firstToken() == t;
            if (tok.capitalised && !sentenceStart && tok.paragraph != headline) {
                continue;
            }
            List<Lexicon.Phrase> ph = tok.has(Lexicon.PHRASE_START) ? lex.phrases.get(tok.lower) : null;
            int last = -1;
            CueClass cls = null;
            if (ph != null && !isNounUse(t)) { // "in a note that …": the noun names the channel
                for (Lexicon.Phrase phrase : ph) {
                    if (matches(t + 1, phrase.rest(), tok.paragraph)) {
                        last = t + phrase.rest().length;
                        cls = phrase.cueClass();
                        break;
                    }
                }
            }
            if (cls == null) {
                cls = lex.verbClass(tok.lower);
                last = t;
                if (cls == null || isNounUse(t) || continuesToDo(t)) {
                    continue;
                }
            }
            Cue cue = new Cue(cues.size(), t, last, tok.start, tokens.get(last).end, cls, tok.lower.endsWith("ing"));
            cues.add(cue);
            for (int k = t; k <= last; k++) {
                cueAt[k] = cue.index();
            }
            free = last + 1;
        }
    }

    /** "ties continue to remain strong": "continue" speaks only after a quote ("…,” he continued). */
    private boolean continuesToDo(int t) {
        return tokens.get(t).lower.startsWith("continu") && t + 1 < tokens.size() && tokens.get(t + 1).is("to");
    }

    private boolean matches(int from, String[] rest, int paragraph) {
        for (int i = 0; i < rest.length; i++) {
            int k = from + i;
            if (k >= tokens.size() || tokens.get(k).paragraph != paragraph || !tokens.get(k).lower.equals(rest[i])) {
                return false;
            }
        }
        return true;
    }

    /** "a warning that", "the claims", "25 posts": a determiner or a number before the word makes it a noun. */
    private boolean isNounUse(int t) {
        if (t == 0) {
            return false;
        }
        Token p = tokens.get(t - 1);
        if (p.kind == Token.Kind.NUMBER) {
            // "25 posts were at risk"; a year is no count: "a report published in 2019 says …"
            return tokens.get(t).lower.endsWith("s") && p.lower.length() != 4;
        }
        if (isDeterminerOfNoun(p)) {
            return true;
        }
        if (t >= 2 && tokens.get(t).is("state") && p.isWord() && p.capitalised
                && (tokens.get(t - 2).is("of") || tokens.get(t - 2).is("in"))) {
            return true; // "Governor Wike of Rivers state does not want …": the state is a place
        }
        // "issued a firm warning", "said in a social media post": after an article and one or two modifiers,
        // a cue word that is also a common noun is that noun
        if (!lex.nounCues.contains(tokens.get(t).lower)) {
            return false;
        }
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            Token m = tokens.get(k);
            if (m.is("a") || m.is("an")) {
                return k < t - 1;
            }
            if (!m.isWord() || m.possessive || (m.flags & (Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.VERB
                    | Lexicon.TITLE | Lexicon.SOURCE)) != 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDeterminerOfNoun(Token p) {
        return p.isWord() && (p.is("a") || p.is("an") || p.is("the") || p.is("his") || p.is("her")
                || p.is("their") || p.is("its") || p.is("this") || p.is("these") || p.is("those") || p.is("such")
                || p.is("my") || p.is("our") || p.is("your") || p.is("whose") || p.possessive);
    }

    /**
     * "Khan accused the government of waste. / “The government is going to court. / “You are building
     * pools …,” he alleged.": the last sentence before a quote that runs over whole sentences, at most
     * six back; {@code s} itself when it is narrative.
     */
    int beforeQuotedSentences(int s) {
        int k = s;
        while (k > 0 && s - k < 6 && allQuoted(sentences.get(k))) {
            k--;
        }
        return k;
    }

    private boolean allQuoted(Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (tokens.get(t).isWord() && !tokens.get(t).inQuote()) {
                return false;
            }
        }
        return true;
    }
}
