package org.quotestance.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into paragraphs and tokens in one left-to-right pass (no regular expressions, so
 * the time is linear in the length of the text whatever it contains).
 *
 * <p>A paragraph ends at a blank line, or at a line break unless the line is visibly wrapped (it
 * ends without closing punctuation and the next line starts in lower case). Apostrophes inside a
 * word ("Ukraine’s", "We’re") and dots inside initialisms ("U.S") stay in the word; quotation
 * marks become tokens of their own, to be paired later.
 */
final class Tokenizer {
    /** Single-character punctuation as shared strings, so commas and full stops allocate nothing. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final String text;
    /** The text as an array: the passes below read every character, and array reads are the cheapest. */
    private final char[] chars;
    final List<Token> tokens = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();

    Tokenizer(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    void run() {
        int n = text.length();
        int paraStart = -1;
        int paraEnd = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int s = skipSpace(lineStart, lineEnd);
            int e = trimEnd(s, lineEnd);
            if (s >= e) {
                if (paraStart >= 0) {
                    addParagraph(paraStart, paraEnd);
                    paraStart = -1;
                }
            } else if (paraStart < 0) {
                paraStart = s;
                paraEnd = e;
            } else if (isWrapped(paraEnd, s)) {
                paraEnd = e;
            } else {
                addParagraph(paraStart, paraEnd);
                paraStart = s;
                paraEnd = e;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paraStart >= 0) {
            addParagraph(paraStart, paraEnd);
        }
    }

    private boolean isWrapped(int prevEnd, int nextStart) {
        char last = chars[prevEnd - 1];
        if (".!?:;\"”’)»]".indexOf(last) >= 0) {
            return false;
        }
        return Character.isLowerCase(chars[nextStart]);
    }

    private int skipSpace(int i, int end) {
        while (i < end && Character.isWhitespace(chars[i]) || i < end && chars[i] == '\u00a0') {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int e) {
        while (e > start && (Character.isWhitespace(chars[e - 1]) || chars[e - 1] == '\u00a0')) {
            e--;
        }
        return e;
    }

    private void addParagraph(int start, int end) {
        int first = tokens.size();
        tokenize(start, end);
        int index = paragraphs.size();
        for (int t = first; t < tokens.size(); t++) {
            tokens.get(t).paragraph = index;
        }
        paragraphs.add(new Paragraph(index, start, end, first, tokens.size()));
    }

    private void tokenize(int start, int end) {
        int i = start;
        while (i < end) {
            char c = chars[i];
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
                i++;
            } else if (isWordChar(i)) {
                i = word(i, end);
            } else if ((c == '`' || c == '\'') && i + 1 < end && chars[i + 1] == c) {
                tokens.add(new Token(i, i + 2, Token.Kind.MARK, c == '`' ? "``" : "''", false));
                i += 2;
            } else if (QuoteMarks.isMark(c)) {
                tokens.add(new Token(i, i + 1, Token.Kind.MARK, c < 128 ? ASCII[c] : String.valueOf(c), false));
                i++;
            } else {
                int len = Character.charCount(Character.codePointAt(chars, i));
                int j = Math.min(end, i + len);
                // a run of dots is one ellipsis token
                if (c == '.') {
                    while (j < end && chars[j] == '.') {
                        j++;
                    }
                }
                tokens.add(new Token(i, j, Token.Kind.PUNCT, j == i + 1 && c < 128 ? ASCII[c] : text.substring(i, j), false));
                i = j;
            }
        }
    }

    private int word(int i, int end) {
        int start = i;
        boolean allDigits = true;
        boolean initialism = true; // single letters joined by dots: U.S, a.m
        int segment = 0;
        while (i < end) {
            if (isWordChar(i)) {
                char ch = chars[i];
                int cp = ch < 128 ? ch : Character.codePointAt(chars, i);
                if (ch < 128 ? ch > '9' || ch < '0' : !Character.isDigit(cp)) {
                    allDigits = false;
                }
                segment++;
                i += ch < 128 ? 1 : Character.charCount(cp);
                continue;
            }
            char c = chars[i];
            boolean next = i + 1 < end && isWordChar(i + 1);
            if (!next) {
                break;
            }
            if (c == '-' && segment == 1 && initialism) {
                // "(D-N.Y.)": a party letter before a state's initials keeps the dots inside the word
            } else if (c == '’' || c == '\'' || c == '-' || c == '‐' || c == '‑' || c == '&') {
                initialism = false;
            } else if (c == '.') {
                if (segment != 1 && !(allDigits && Character.isDigit(chars[i + 1]))) {
                    break;
                }
                if (!initialism && !allDigits) {
                    break;
                }
            } else if (c == ',' && allDigits && Character.isDigit(chars[i + 1])) {
                initialism = false;
            } else {
                break;
            }
            segment = 0;
            i++;
        }
        int first = Character.codePointAt(chars, start);
        boolean caps = Character.isUpperCase(first) || Character.isTitleCase(first);
        // toLowerCase hands back the same string when the word is lower case already: one copy
        String lower = new String(chars, start, i - start).toLowerCase(Locale.ROOT);
        tokens.add(new Token(start, i, allDigits ? Token.Kind.NUMBER : Token.Kind.WORD, lower, caps));
        return i;
    }

    private boolean isWordChar(int i) {
        char c = chars[i];
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = Character.codePointAt(chars, i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
