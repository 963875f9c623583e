package org.quotestance.detect;

import org.quotestance.model.QuoteKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lines of a transcript printed without quotation marks ("MENDES: Did you read it?" / "Holt: It’s
 * an honest answer."): each is a direct quote of the person named before the colon. Only a block
 * of at least two such lines counts, so a "Related: …" or "Update: …" line stays text; and the
 * speaker resolver keeps a line only when its name is a person met elsewhere in the story.
 */
final class TranscriptLines {
    private static final int MAX_NAME_WORDS = 3;

    private final AnalysedText at;

    TranscriptLines(AnalysedText at) {
        this.at = at;
    }

    List<Finding> run() {
        List<Finding> lines = new ArrayList<>();
        for (Paragraph p : at.paragraphs) {
            if (p.index() == at.headline || at.furniture[p.index()]) {
                continue;
            }
            Finding f = line(p);
            if (f != null) {
                lines.add(f);
            }
        }
        return lines.size() >= 2 ? lines : List.of();
    }

    private Finding line(Paragraph p) {
        int colon = -1;
        for (int t = p.firstToken(); t < Math.min(p.endToken(), p.firstToken() + MAX_NAME_WORDS + 1); t++) {
            Token tok = at.tok(t);
            if (tok.isPunct(':')) {
                colon = t;
                break;
            }
            if (!tok.isWord() || !tok.capitalised || tok.inQuote() || tok.has(Lexicon.FUNCTION)
                    || tok.has(Lexicon.PRONOUN) || tok.has(Lexicon.TIME)) {
                return null;
            }
        }
        if (colon <= p.firstToken() || colon + 1 >= p.endToken()) {
            return null;
        }
        Token next = at.tok(colon + 1);
        if (next.inQuote() || next.kind == Token.Kind.MARK) {
            return null; // "Holt: “…”" is a quote in marks, attributed by the colon rule
        }
        if (reportsSpeech(colon + 1)) {
            return null; // "Misplaced Ballot: The chairman said that …" is a run-in topic, the line reports speech
        }
        int start = next.start;
        int end = p.end();
        while (end > start && Character.isWhitespace(at.text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        Token last = at.tok(colon - 1);
        String name = at.text.substring(at.tok(p.firstToken()).start, last.end);
        String canonical = titleCase(name);
        Mention m = new Mention(p.firstToken(), colon - 1, at.tok(p.firstToken()).start, last.end,
                Mention.Type.PERSON, canonical, null, last.base, Gender.UNKNOWN, false);
        Finding f = new Finding(QuoteKind.DIRECT, start, end, -1, p.firstToken(), p.index());
        f.mention = m;
        f.sieve = Finding.Sieve.TRANSCRIPT;
        f.confidence = Finding.Sieve.TRANSCRIPT.confidence;
        f.needsKnownSpeaker = true;
        return f;
    }

    /**
     * The first sentence after the colon reports someone else's speech: a cue outside quotation marks whose subject
     * is a third person ("The chairman said", "He said"), where a speaker's own line says "That's not what I asked".
     */
    private boolean reportsSpeech(int from) {
        Sentence s = at.sentenceOf(from);
        for (int k = from; k < s.endToken(); k++) {
            if (at.cueAt[k] >= 0 && !at.tok(k).inQuote() && thirdPersonBefore(Math.max(from, k - THIRD_PERSON_REACH), k)) {
                return true;
            }
        }
        return false;
    }

    private static final int THIRD_PERSON_REACH = 4;

    private boolean thirdPersonBefore(int from, int cue) {
        for (int k = from; k < cue; k++) {
            Token t = at.tok(k);
            if (t.is("he") || t.is("she") || t.is("they") || t.is("the")) {
                return true;
            }
        }
        return false;
    }

    /** "MENDES" → "Mendes"; "Alison Grieve" stays. */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return name.equals(name.toUpperCase(Locale.ROOT)) ? b.toString() : name;
    }
}
