package org.quotestance.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into {@link QuoteRegion}s with a stack per paragraph: one pass, linear in
 * the number of marks. Curly, straight, guillemet, low-9 and typewriter (``…'') marks are all
 * understood; mismatched pairs ("…” ) are accepted; single marks count as quotation marks only at
 * word boundaries, otherwise they are apostrophes; a quote may nest only in one of the other type.
 */
final class QuoteMarks {
    /** words after a closing mark that show it closed a quote: "…,' he said", "…' says Ms Lee" */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("he", "she", "they", "we", "i", "it",
            "said", "says", "added", "told", "and", "or", "but", "as", "was", "is", "were", "are", "to", "in",
            "on", "for", "of", "at", "by", "with", "from", "that", "which", "who", "the", "a", "an");

    private static final int CLOSER_REACH = 120;

    private final String text;
    private final TokenList tokens;
    private final List<Paragraph> paragraphs;
    final List<QuoteRegion> regions = new ArrayList<>();

    /** an opening mark waiting for its close */
    private record Open(int token, boolean isDouble, char mark) {
    }

    /** the indexes of the mark tokens, in order: the pairing visits these and no other token */
    private final int[] marks;
    private final int markCount;

    QuoteMarks(String text, TokenList tokens, List<Paragraph> paragraphs, int[] marks, int markCount) {
        this.text = text;
        this.tokens = tokens;
        this.paragraphs = paragraphs;
        this.marks = marks;
        this.markCount = markCount;
    }

    static boolean isMark(char c) {
        return switch (c) {
            case '"', '“', '”', '„', '‟', '«', '»', '‹', '›', '\'', '‘', '’', '‚', '‛', '`' -> true;
            default -> false;
        };
    }

    private static boolean isDoubleMark(String m) {
        return m.length() == 2 || "\"“”„‟«»".indexOf(m.charAt(0)) >= 0;
    }

    /** a quote left open at a paragraph end, which the next paragraph may reopen */
    private record Carry(int openToken, int start, int firstParagraph, boolean isDouble) {
    }

    void run() {
        Carry carry = null;
        int mi = 0;
        for (Paragraph p : paragraphs) {
            List<Open> stack = new ArrayList<>();
            Carry active = null;
            int from = p.firstToken();
            if (carry != null) {
                Token first = p.isEmpty() ? null : tokens.get(p.firstToken());
                if (first != null && first.kind == Token.Kind.MARK && isDoubleMark(first.lower) == carry.isDouble
                        && canOpen(first)) {
                    // the quote reopens here: the same region goes on
                    first.markRole = Token.MarkRole.OPEN;
                    stack.add(new Open(carry.openToken, carry.isDouble, first.lower.charAt(0)));
                    active = carry;
                    from++;
                } else {
                    closeAtParagraphEnd(carry, p.index() - 1);
                }
                carry = null;
            }
            while (mi < markCount && marks[mi] < from) {
                mi++;
            }
            for (; mi < markCount && marks[mi] < p.endToken(); mi++) {
                handle(marks[mi], tokens.get(marks[mi]), stack, active);
            }
            if (!stack.isEmpty()) {
                Open outer = stack.get(0);
                boolean same = active != null && outer.token == active.openToken;
                Carry c = same ? active : new Carry(outer.token, tokens.get(outer.token).end, p.index(), outer.isDouble);
                if (outer.isDouble || nextParagraphReopens(p, false) || same) {
                    tokens.get(outer.token).markRole = Token.MarkRole.OPEN;
                    carry = c;
                }
            }
        }
        if (carry != null) {
            closeAtParagraphEnd(carry, paragraphs.size() - 1);
        }
        markTokens();
    }

    private boolean nextParagraphReopens(Paragraph p, boolean isDouble) {
        if (p.index() + 1 >= paragraphs.size()) {
            return false;
        }
        Paragraph next = paragraphs.get(p.index() + 1);
        if (next.isEmpty()) {
            return false;
        }
        Token first = tokens.get(next.firstToken());
        return first.kind == Token.Kind.MARK && isDoubleMark(first.lower) == isDouble && canOpen(first);
    }

    private void handle(int t, Token tok, List<Open> stack, Carry active) {
        String m = tok.lower;
        boolean dbl = isDoubleMark(m);
        char c = m.charAt(0);
        boolean open = canOpen(tok);
        boolean close = canClose(tok);
        int same = lastOfType(stack, dbl);
        boolean wantsClose;
        boolean wantsOpen;
        switch (c) {
            case '“' -> {
                // German „…“ closes with this mark; elsewhere it opens
                boolean german = same >= 0 && stack.get(same).mark == '„';
                // "… engagement, “ Wasylycia-Leis said": a mark with space on both sides ends the open quote
                wantsClose = same >= 0 && (german || close && !open || !close && !open);
                wantsOpen = !wantsClose && (open || !close);
            }
            case '»', '›' -> {
                // French style puts a no-break space inside: a guillemet closes whatever the spacing
                wantsClose = same >= 0;
                wantsOpen = !wantsClose && open;
            }
            case '”', '\'' -> {
                wantsClose = same >= 0 && (close || c != '\'' && !open);
                wantsOpen = !wantsClose && open && (c != '\'' || nextIsLetter(tok));
            }
            case '’' -> {
                wantsClose = same >= 0 && close;
                wantsOpen = false;
            }
            case '‘' -> {
                boolean lowNine = same >= 0 && stack.get(same).mark == '‚';
                wantsClose = same >= 0 && (lowNine || close && !open);
                wantsOpen = !wantsClose && open && nextIsLetter(tok);
            }
            case '"' -> {
                wantsClose = same >= 0 && (close || !open);
                wantsOpen = !wantsClose && open;
            }
            case '`' -> {
                // ``…'' closes with apostrophes, but some wires close with backticks too: ``…``
                wantsClose = m.length() == 2 && same >= 0 && stack.get(same).mark == '`' && close && !open;
                wantsOpen = !wantsClose && (m.length() == 2 || open);
            }
            default -> { // „ ‟ « ‹ ‚ ‛
                boolean reversed = (c == '«' || c == '‹') && same >= 0 && stack.get(same).mark == (c == '«' ? '»' : '›');
                wantsClose = reversed;
                wantsOpen = !reversed;
            }
        }
        if ((c == '\'' || c == '’') && wantsClose && !stack.get(same).isDouble && pluralPossessive(tok)
                && closerFollows(t, c)) {
            wantsClose = false; // 'The ball is in the employers' court now,' he said.
            wantsOpen = false;
        }
        if (m.equals("''")) {
            // closes ``…''; some West African papers open with it too: ''This lady was in Ghana …''
            wantsClose = same >= 0;
            wantsOpen = !wantsClose && open && nextIsLetter(tok);
        }
        if (wantsClose) {
            Open o = stack.get(same);
            while (stack.size() > same) {
                stack.remove(stack.size() - 1);
            }
            tok.markRole = Token.MarkRole.CLOSE;
            tokens.get(o.token).markRole = Token.MarkRole.OPEN;
            if (same == 0) {
                boolean carried = active != null && o.token == active.openToken;
                int start = carried ? active.start : tokens.get(o.token).end;
                int para = carried ? active.firstParagraph : tok.paragraph;
                addRegion(o.token, t, start, tok.start, para, tok.paragraph, false, o.isDouble);
            }
        } else if (wantsOpen) {
            stack.add(new Open(t, dbl, c));
        }
    }

    private void closeAtParagraphEnd(Carry c, int lastPara) {
        Paragraph p = paragraphs.get(lastPara);
        if (!c.isDouble && c.firstParagraph == lastPara) {
            return; // a lone single mark left open is an apostrophe, not a quote
        }
        addRegion(c.openToken, -1, c.start, p.end(), c.firstParagraph, lastPara, true, c.isDouble);
    }

    private void addRegion(int open, int close, int start, int end, int firstPara, int lastPara, boolean unclosed,
                           boolean dbl) {
        if (end < start) {
            end = start;
        }
        regions.add(new QuoteRegion(regions.size(), open, close, start, end, firstPara, lastPara, unclosed, dbl));
    }

    private static int lastOfType(List<Open> stack, boolean dbl) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).isDouble == dbl) {
                return i;
            }
        }
        return -1;
    }

    /** "employers' court": a mark after a plural's "s" and before a lower-case noun is an apostrophe. */
    private boolean pluralPossessive(Token tok) {
        int before = tok.start - 1;
        int after = tok.end;
        if (before < 0 || text.charAt(before) != 's' || after + 1 >= text.length() || text.charAt(after) != ' '
                || !Character.isLowerCase(text.charAt(after + 1))) {
            return false;
        }
        int end = after + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return !NOT_NOUNS.contains(text.substring(after + 1, end));
    }

    /**
     * Whether the next mark of this kind in the paragraph, within a short reach, can only close: then
     * that one ends the quote ("… employers' court. … our members,' he said") and not this one ("faced
     * ‘hard choices’ after the review. ‘I will …’": the next mark opens).
     */
    private boolean closerFollows(int t, char c) {
        int paragraph = tokens.get(t).paragraph;
        for (int k = t + 1; k < tokens.size() && k - t <= CLOSER_REACH; k++) {
            Token next = tokens.get(k);
            if (next.paragraph != paragraph) {
                return false;
            }
            if (next.kind == Token.Kind.MARK && !isDoubleMark(next.lower)) {
                return next.lower.charAt(0) == c && canClose(next) && !canOpen(next);
            }
        }
        return false;
    }

    private boolean nextIsLetter(Token tok) {
        return tok.end < text.length() && Character.isLetter(text.codePointAt(tok.end));
    }

    private boolean canOpen(Token tok) {
        int before = tok.start - 1;
        int after = tok.end;
        boolean prevOk = before < 0 || isSpace(text.charAt(before)) || "([{—–-/".indexOf(text.charAt(before)) >= 0
                || isOpeningContextMark(text.charAt(before));
        boolean nextOk = after < text.length() && !isSpace(text.charAt(after));
        return prevOk && nextOk;
    }

    private boolean canClose(Token tok) {
        int before = tok.start - 1;
        int after = tok.end;
        boolean nextOk = after >= text.length() || isSpace(text.charAt(after))
                || ",.;:!?)]}—–-/…".indexOf(text.charAt(after)) >= 0 || isMark(text.charAt(after));
        boolean prevOk = before >= 0 && !isSpace(text.charAt(before));
        return nextOk && prevOk;
    }

    private static boolean isOpeningContextMark(char c) {
        return "“„«‹‘‚\"'".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private void markTokens() {
        regions.removeIf(this::markNickname);
        regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<QuoteRegion> renumbered = new ArrayList<>(regions.size());
        for (QuoteRegion r : regions) {
            renumbered.add(new QuoteRegion(renumbered.size(), r.openToken(), r.closeToken(), r.start(), r.end(),
                    r.firstParagraph(), r.lastParagraph(), r.unclosed(), r.doubleMarks()));
        }
        regions.clear();
        regions.addAll(renumbered);
        for (QuoteRegion r : regions) {
            int last = r.closeToken() >= 0 ? r.closeToken() : paragraphs.get(r.lastParagraph()).endToken() - 1;
            for (int t = r.openToken(); t <= last; t++) {
                tokens.get(t).quote = r.index();
            }
        }
    }

    /**
     * "Francis “Chiz” Escudero", "Mayor Francisco "Isko Moreno" Domagoso": one to three capitalised
     * words in marks between two words of a name are a nickname, not a quotation. Its tokens are
     * flagged so that the name readers pass over them, and the region is dropped.
     */
    private boolean markNickname(QuoteRegion r) {
        int o = r.openToken();
        int c = r.closeToken();
        if (r.unclosed() || c - o < 2 || c - o > 4 || o == 0 || c + 1 >= tokens.size()
                || r.firstParagraph() != r.lastParagraph()) {
            return false;
        }
        for (int k = o + 1; k < c; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).capitalised) {
                return false;
            }
        }
        if (isTitleCase(paragraphs.get(r.firstParagraph()))) {
            return false; // "Rwanda-Uganda Standoff Be Handled “Outside Media” Hype"
        }
        Token before = tokens.get(o - 1);
        Token after = tokens.get(c + 1);
        // "Pushpa Kamal Dahal “Prachanda” said": after a name of two words or more, a speech verb may follow
        boolean afterName = isNameWord(after) || after.isWord() && after.has(Lexicon.VERB) && !after.capitalised
                && o >= 2 && isNameWord(tokens.get(o - 2)) && c - o == 2;
        if (!isNameWord(before) || before.possessive || !afterName || before.paragraph != r.firstParagraph()
                || after.paragraph != r.firstParagraph() || before.end == tokens.get(o).start
                || tokens.get(c).end == after.start) {
            return false;
        }
        for (int k = o; k <= c; k++) {
            tokens.get(k).flags |= Lexicon.NICKNAME;
        }
        tokens.get(o).markRole = Token.MarkRole.NONE;
        tokens.get(c).markRole = Token.MarkRole.NONE;
        return true;
    }

    /** A headline in title case: more than half its words capitalised. */
    private boolean isTitleCase(Paragraph p) {
        int words = 0;
        int capitals = 0;
        for (int k = p.firstToken(); k < p.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                words++;
                capitals += t.capitalised ? 1 : 0;
            }
        }
        return capitals * 2 > words;
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.capitalised && !t.has(Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.DETERMINER
                | Lexicon.VERB | Lexicon.TITLE | Lexicon.ORGANISATION);
    }
}
