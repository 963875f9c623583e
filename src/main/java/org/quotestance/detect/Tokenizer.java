package org.quotestance.detect;

import java.nio.charset.StandardCharsets;
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
    /** the same for the block of curly quotation marks, dashes and the ellipsis (U+2000 to U+206F) */
    private static final String[] GENERAL_PUNCTUATION = new String[0x70];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
        for (char c = 0; c < GENERAL_PUNCTUATION.length; c++) {
            GENERAL_PUNCTUATION[c] = String.valueOf((char) (0x2000 + c));
        }
    }

    /** The one-character string of {@code c}, shared when it is ASCII or general punctuation. */
    private static String single(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        return c >= 0x2000 && c < 0x2070 ? GENERAL_PUNCTUATION[c - 0x2000] : String.valueOf(c);
    }

    /** {@link #LETTER} or {@link #DIGIT} for each ASCII character, 0 for the rest: one load, one branch. */
    private static final byte[] ASCII_CLASS = new byte[128];
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASS[c] = LETTER;
            ASCII_CLASS[c - 'a' + 'A'] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_CLASS[c] = DIGIT;
        }
    }

    private final String text;
    /** The text as an array: the passes below read every character, and array reads are the cheapest. */
    private final char[] chars;
    /** The text one byte a character ({@link AsciiRuns#view}), read eight characters at a time to find where a word ends. */
    private final byte[] bytes;
    private final Lexicon lex;
    final TokenList tokens;
    final List<Paragraph> paragraphs = new ArrayList<>();
    /** the lower-cased characters of the word being read */
    private char[] lowerChars = new char[32];
    /** the same for an all-ASCII word, one byte a character */
    /** The character classes of the last {@link #asciiRun}. */
    private int runClasses;
    private byte[] asciiLower = new byte[32];
    /** the paragraph whose tokens are being added */
    private int paragraph;
    /** indexes of the quotation-mark tokens, for {@link QuoteMarks} */
    int[] marks = new int[16];
    int markCount;
    /** indexes of the punctuation that can end a sentence ('.', '!', '?', '…'), for {@link AnalysedText} */
    int[] stops = new int[16];
    int stopCount;
    /** indexes of the words that are speech verbs or start a speech phrase: the only places a cue can be */
    int[] cueWords = new int[16];
    int cueWordCount;
    /** indexes of the capitalised words: the only places a name can end, for {@link SpeakerResolver}'s inventory */
    int[] capitalWords = new int[16];
    int capitalWordCount;

    Tokenizer(String text, Lexicon lex) {
        this.text = text;
        this.chars = text.toCharArray();
        this.bytes = AsciiRuns.view(text, chars);
        this.lex = lex;
        this.tokens = new TokenList(text.length() / 5 + 16); // news runs at about six characters a token
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
        tokens.trim();
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
        int index = paragraphs.size();
        paragraph = index;
        tokenize(start, end);
        paragraphs.add(new Paragraph(index, start, end, first, tokens.size()));
    }

    private void tokenize(int start, int end) {
        int i = start;
        while (i < end) {
            char c = chars[i];
            if (c == ' ') {
                i++;
            } else if (c < 128 && ASCII_CLASS[c] != 0) {
                i = asciiWord(i, end);
            } else if (c > ' ' && c < 128 && c != '"' && c != '\'' && c != '`') {
                i = punctuation(i, end); // ",", ".", ")": no white space and no quotation mark
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
                i++;
            } else if (c >= 128 && isWordChar(i)) {
                i = word(i, end);
            } else if ((c == '`' || c == '\'') && i + 1 < end && chars[i + 1] == c) {
                addMark(new Token(i, i + 2, Token.Kind.MARK, c == '`' ? "``" : "''", false));
                i += 2;
            } else if (QuoteMarks.isMark(c)) {
                addMark(new Token(i, i + 1, Token.Kind.MARK, single(c), false));
                i++;
            } else {
                i = punctuation(i, end);
            }
        }
    }

    /** A punctuation token at {@code i} (a character, or a run of dots); returns where the next token may start. */
    private int punctuation(int i, int end) {
        char c = chars[i];
        int len = c < 128 ? 1 : Character.charCount(Character.codePointAt(chars, i));
        int j = Math.min(end, i + len);
        // a run of dots is one ellipsis token
        if (c == '.') {
            while (j < end && chars[j] == '.') {
                j++;
            }
        }
        if (c == '.' || c == '!' || c == '?' || c == '…') {
            if (stopCount == stops.length) {
                stops = java.util.Arrays.copyOf(stops, stopCount * 2);
            }
            stops[stopCount++] = tokens.size();
        }
        add(new Token(i, j, Token.Kind.PUNCT, j == i + 1 ? single(c) : text.substring(i, j), false));
        return j;
    }

    /**
     * The common case of {@link #word}, read with fewer questions: ASCII letters and digits up to a
     * character that joins nothing (a space, a full stop before a space, a closing quotation mark).
     * A word that may go on (a joining mark before a letter, a letter of another script) is read
     * again from its start by {@link #word}, which knows every case.
     */
    private int asciiWord(int start, int end) {
        byte[] lower = lowerBuffer(end - start + 8); // room for the last eight bytes written
        int i = start;
        while (true) {
            if (i + 8 > bytes.length) {
                i = asciiRun(start, i, end, lower); // the text's last few characters, one at a time
                break;
            }
            long eight = AsciiRuns.at(bytes, i);
            AsciiRuns.put(lower, i - start, eight | AsciiRuns.LOWER);
            int run = AsciiRuns.runLength(eight);
            i += run;
            if (run < 8) {
                break;
            }
        }
        i = Math.min(i, end); // a paragraph ends before white space, so a run stops there anyway
        if (i < end && !endsAsciiWord(i, end)) {
            return word(start, end);
        }
        int len = i - start;
        char first = chars[start];
        boolean caps = first >= 'A' && first <= 'Z';
        if (first <= '9' && allDigits(start, i)) {
            String digits = new String(lower, 0, len, StandardCharsets.ISO_8859_1);
            add(new Token(start, i, Token.Kind.NUMBER, digits, digits, false, 0, caps));
        } else {
            addAsciiWord(start, i, caps, lower, len, false); // letters and digits only: no "'s"
        }
        return i;
    }

    /** Whether the letters and digits {@code chars[start, end)}, which open with a digit, are all digits (rare). */
    private boolean allDigits(int start, int end) {
        for (int k = start; k < end; k++) {
            if (chars[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /** The lower-case byte buffer, grown to hold {@code n} characters. */
    private byte[] lowerBuffer(int n) {
        if (asciiLower.length < n) {
            asciiLower = new byte[Math.max(n, asciiLower.length * 2)];
        }
        return asciiLower;
    }

    /**
     * Reads ASCII letters and digits from {@code i}, lower-casing them into {@code lower} at their
     * offset from the word's {@code start}; returns where the run stops and leaves the classes seen
     * (letter, digit) in {@link #runClasses}.
     */
    private int asciiRun(int start, int i, int end, byte[] lower) {
        int seen = 0;
        while (i < end) {
            char ch = chars[i];
            if (ch >= 128 || ASCII_CLASS[ch] == 0) {
                break;
            }
            seen |= ASCII_CLASS[ch];
            lower[i - start] = (byte) (ch | 0x20); // bit 0x20 lower-cases a letter and leaves a digit as it is
            i++;
        }
        runClasses = seen;
        return i;
    }

    /**
     * Whether the character at {@code i}, which follows ASCII letters or digits, surely ends the word:
     * not a joining character ('-', '\'', '&', '.', ',') before a letter or digit, and not a character of
     * another script that {@link #word} must look at (only the usual closing marks and dashes pass).
     */
    private boolean endsAsciiWord(int i, int end) {
        char c = chars[i];
        if (c >= 128) {
            return c == '\u201d' || c == '\u201c' || c == '\u2014' || c == '\u2013' || c == '\u2026';
        }
        if (c != '-' && c != '\'' && c != '&' && c != '.' && c != ',') {
            return true;
        }
        return i + 1 >= end || chars[i + 1] < 128 && ASCII_CLASS[chars[i + 1]] == 0;
    }

    private int word(int i, int end) {
        int start = i;
        boolean allDigits = true;
        boolean initialism = true; // single letters joined by dots: U.S, a.m
        boolean ascii = true;
        int segment = 0;
        byte[] lower = lowerBuffer(end - start);
        while (i < end) {
            // a run of ASCII letters and digits in a tight loop: most words are one such run
            int run = i;
            i = asciiRun(start, i, end, lower);
            int seen = runClasses;
            if (i > run) {
                allDigits &= (seen & LETTER) == 0;
                segment += i - run;
                if (i >= end) {
                    break;
                }
            }
            if (chars[i] >= 128 && isWordChar(i)) {
                int cp = Character.codePointAt(chars, i);
                allDigits &= Character.isDigit(cp);
                segment++;
                i += Character.charCount(cp);
                ascii = false;
                continue;
            }
            char c = chars[i];
            // most words end at a space: only a joining character needs a look at the one after it
            boolean joins = c == '-' || c == '’' || c == '\'' || c == '‐' || c == '‑' || c == '&' || c == '.' || c == ',';
            if (!joins || !(i + 1 < end && isWordChar(i + 1))) {
                break;
            }
            if (c == '-' && segment == 1 && initialism) {
                // "(D-N.Y.)": a party letter before a state's initials keeps the dots inside the word
            } else if (c == '’' || c == '\'' || c == '-' || c == '‐' || c == '‑' || c == '&') {
                initialism = false;
                ascii &= c < 128;
            } else if (c == '.') {
                if (segment != 1 && !(allDigits && Character.isDigit(chars[i + 1]))) {
                    break;
                }
                if (!initialism && !allDigits) {
                    break;
                }
            } else if (allDigits && Character.isDigit(chars[i + 1])) { // ',' in "1,200"
                initialism = false;
            } else {
                break;
            }
            segment = 0;
            lower[i - start] = (byte) (c | 0x20); // - ' . , & have bit 0x20 already
            i++;
        }
        int first = chars[start];
        boolean caps = first < 128 ? first >= 'A' && first <= 'Z'
                : Character.isUpperCase(first = Character.codePointAt(chars, start)) || Character.isTitleCase(first);
        if (!caps && (first == 'a' || first == 'e') && i - start > 4 && chars[start + 1] == 'l' && chars[start + 2] == '-'
                && chars[start + 3] >= 'A' && chars[start + 3] <= 'Z') {
            caps = true; // "al-Tayeb", "el-Sisi": the article of an Arabic surname is written in lower case
        }
        if (!caps && first == 0x02BB && i - start > 1 && Character.isUpperCase(chars[start + 1])) {
            caps = true; // "ʻAkilisi Pōhiva": the Polynesian ʻokina before a capital starts a name
        }
        if (!ascii) {
            if (allDigits) {
                String digits = new String(chars, start, i - start);
                add(new Token(start, i, Token.Kind.NUMBER, digits, digits, false, 0, caps));
            } else {
                addWord(start, i, caps);
            }
            return i;
        }
        int len = i - start;
        if (allDigits) {
            String digits = new String(lower, 0, len, StandardCharsets.ISO_8859_1);
            add(new Token(start, i, Token.Kind.NUMBER, digits, digits, false, 0, caps));
        } else {
            addAsciiWord(start, i, caps, lower, len, len > 2 && lower[len - 1] == 's' && lower[len - 2] == '\'');
        }
        return i;
    }

    /**
     * A word read as lower-case ASCII bytes: a word on a lexicon list takes the list's own string,
     * any other is copied once from the bytes (a Latin-1 string needs no compression check).
     *
     * @param possessive whether the word ends in "'s"; the caller knows, and the common caller knows
     *     without looking (whether a word ends in 's' is a branch no processor can predict)
     */
    private void addAsciiWord(int start, int end, boolean caps, byte[] lower, int len, boolean possessive) {
        WordFlags table = lex.wordFlags;
        String word;
        String base;
        int flags;
        if (possessive) {
            // "Hegseth's": the lexicon knows the word without its possessive ending
            word = new String(lower, 0, len, StandardCharsets.ISO_8859_1);
            int slot = table.slot(lower, len - 2);
            base = slot >= 0 ? table.wordAt(slot) : word.substring(0, len - 2);
            flags = (slot >= 0 ? table.flagsAt(slot) : 0) | Lexicon.ministerTitle(lower, len - 2);
        } else {
            int slot = table.slot(lower, len);
            word = slot >= 0 ? table.wordAt(slot) : new String(lower, 0, len, StandardCharsets.ISO_8859_1);
            base = word;
            flags = (slot >= 0 ? table.flagsAt(slot) | Token.LISTED : 0) | Lexicon.ministerTitle(lower, len);
        }
        int stem = possessive ? len - 2 : len;
        if (stem > 3 && lower[2] == '-' && lower[0] == 'e' && lower[1] == 'x') {
            flags |= lex.pastTitle(new String(lower, 0, stem, StandardCharsets.ISO_8859_1)); // "the Ex-President"
        }
        // asked first whether the word is capitalised, which most words are not: whether a word is a function
        // word is a coin toss from one word to the next, a branch the processor cannot learn
        if (caps && (flags & (Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.CONNECTOR)) != 0 && len > 1 && allCapitals(start, end)) {
            // "WHO", "US", "IT", "AP": an acronym in capitals is a name, not the function word or particle it spells
            flags &= ~(Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.CONNECTOR);
        }
        if ((flags & Lexicon.HONORIFIC) != 0 && caps && len > 1 && allCapitals(start, end)
                && (end >= chars.length || chars[end] != '.') && !lex.ranksInCapitals.contains(word)) {
            // "DR Congo": capitals with no full stop are no "Dr", but "SSP Emilian Kayima" is a police rank
            flags &= ~(Lexicon.HONORIFIC | Lexicon.TITLE);
        }
        add(new Token(start, end, Token.Kind.WORD, word, base, possessive, flags, caps));
    }

    private boolean allCapitals(int start, int end) {
        for (int k = start; k < end; k++) {
            if (chars[k] < 'A' || chars[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * A word with non-ASCII characters ("Ukraine’s", "Zelenskyy" in Cyrillic, "São"): lower-cased
     * into a character buffer that the lexicon is asked with, so the word's string is made once.
     */
    private void addWord(int start, int end, boolean caps) {
        int len = end - start;
        if (lowerChars.length < len) {
            lowerChars = new char[Math.max(len, lowerChars.length * 2)];
        }
        char[] lower = lowerChars;
        boolean changed = false;
        int upper = 0;
        for (int k = 0; k < len; k++) {
            char c = chars[start + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                changed = true;
                upper++;
            } else if (c >= 128 && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
                addWordGeneral(start, end, caps);
                return;
            }
            lower[k] = c;
        }
        String word = changed ? new String(lower, 0, len) : new String(chars, start, len);
        addWord(start, end, caps, word, lower, len);
        if (upper == len && len > 1) {
            // "WHO", "US", "IT": an acronym in capitals is a name, not the function word it spells
            tokens.get(tokens.size() - 1).flags &= ~(Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.CONNECTOR);
        }
    }

    /** Letters whose lower case String knows best (final sigma, dotted capital I, supplementary letters). */
    private void addWordGeneral(int start, int end, boolean caps) {
        String word = new String(chars, start, end - start).toLowerCase(Locale.ROOT);
        char[] lower = word.toCharArray();
        addWord(start, end, caps, word, lower, lower.length);
    }

    private void addWord(int start, int end, boolean caps, String word, char[] lower, int len) {
        if (len > 2 && lower[len - 1] == 's' && (lower[len - 2] == '’' || lower[len - 2] == '\'')) {
            // "Hegseth’s": the lexicon knows the word without its possessive ending
            add(new Token(start, end, Token.Kind.WORD, word, word.substring(0, len - 2), true,
                    lex.flags(lower, len - 2), caps));
        } else {
            add(new Token(start, end, Token.Kind.WORD, word, word, false, lex.flags(lower, len), caps));
        }
    }

    private void addMark(Token t) {
        if (markCount == marks.length) {
            marks = java.util.Arrays.copyOf(marks, markCount * 2);
        }
        marks[markCount++] = tokens.size();
        add(t);
    }

    private void add(Token t) {
        t.paragraph = paragraph;
        if ((t.flags & (Lexicon.VERB | Lexicon.PHRASE_START)) != 0) {
            if (cueWordCount == cueWords.length) {
                cueWords = java.util.Arrays.copyOf(cueWords, cueWordCount * 2);
            }
            cueWords[cueWordCount++] = tokens.size();
        }
        if (t.capitalised && t.kind == Token.Kind.WORD) {
            if (capitalWordCount == capitalWords.length) {
                capitalWords = java.util.Arrays.copyOf(capitalWords, capitalWordCount * 2);
            }
            capitalWords[capitalWordCount++] = tokens.size();
        }
        tokens.add(t);
    }

    private boolean isWordChar(int i) {
        char c = chars[i];
        if (c < 128) {
            return ASCII_CLASS[c] != 0;
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
