package org.quotestance.detect;

import java.util.Set;

/**
 * The words between a speech cue and the clause it reports: the listener of "told" ("told reporters at the White
 * House he …"), the channel ("said in a statement it regretted …", "said on its Telegram channel that …") and the
 * "that" after time and channel words. Split from {@link IndirectSpeech}, which asks where the clause starts.
 */
final class CueObjects {
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "lawmakers", "parliament", "congress", "viewers", "supporters", "colleagues");
    private static final Set<String> SKIPPED_BEFORE_THAT = Set.of("however", "though", "too", "separately", "only");
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("in", "on", "at", "via", "during", "through");
    private static final Set<String> CHANNEL_WORDS = Set.of("a", "an", "the", "its", "his", "her", "their", "in", "on",
            "at", "via", "during", "through", "of", "by", "to", "with");
    private static final Set<String> REPORT_WORDS = DocumentSources.REPORT_WORDS;

    private final AnalysedText at;
    private final MentionReader reader;

    CueObjects(AnalysedText at, MentionReader reader) {
        this.at = at;
        this.reader = reader;
    }

    private boolean isChannelWord(Token t, int k) {
        return (at.cueAt[k] < 0 || REPORT_WORDS.contains(t.base)) && !t.inQuote()
                && (!t.has(Lexicon.FUNCTION) || CHANNEL_WORDS.contains(t.lower) || REPORT_WORDS.contains(t.base));
    }

    /** The words after "in"/"on" up to "that" name a statement, report or outlet, not a topic. */
    private boolean namesChannel(int from, Sentence s) {
        boolean named = false;
        for (int k = from; k < Math.min(s.endToken(), from + 8); k++) {
            Token t = at.tok(k);
            if (t.is("that")) {
                return named;
            }
            if (!t.isWord() || !isChannelWord(t, k)) {
                return false;
            }
            named |= t.capitalised || t.has(Lexicon.FILLER_AFTER) || REPORT_WORDS.contains(t.base);
        }
        return false;
    }

    /** The listener of "told": a pronoun, "reporters", or a name or nominal. Returns its last token or -1. */
    int listener(int j, Sentence s) {
        if (j >= s.endToken()) {
            return -1;
        }
        Token t = at.tok(j);
        if (OBJECT_PRONOUNS.contains(t.lower)) {
            // "informed her office that": "her" owns the listener
            return t.is("her") && j + 2 < s.endToken() && at.tok(j + 2).is("that") && at.tok(j + 1).isWord()
                    && !at.tok(j + 1).has(Lexicon.FUNCTION) ? j + 1 : j;
        }
        Mention m = reader.readForward(j, s.endToken());
        if (m != null) {
            return m.last();
        }
        if (t.isWord() && !t.capitalised && (AUDIENCES.contains(t.lower) || Boolean.TRUE.equals(at.lex.sourceNouns.get(t.base)))) {
            return j; // "told reporters at the White House he …": a bare plural audience
        }
        // "told the managers that", "told council members that": a short object before "that"
        for (int k = j; k < Math.min(s.endToken(), j + 5); k++) {
            Token w = at.tok(k);
            if (w.is("that") && k > j) {
                return k - 1;
            }
            if (!w.isWord() || w.inQuote() || at.cueAt[k] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> AUDIENCES = java.util.Set.of("reporters", "journalists", "newsmen",
            "lawmakers", "legislators", "delegates", "supporters", "students", "investors", "analysts", "parliament");

    /** "told reporters at the White House Wednesday he …": the token after a named place, or {@code j}. */
    int afterPlace(int j, Sentence s) {
        if (j + 1 >= s.endToken() || !(at.tok(j).is("at") || at.tok(j).is("in"))) {
            return j;
        }
        int k = at.tok(j + 1).is("the") ? j + 2 : j + 1;
        int start = k;
        while (k < s.endToken() && k - start < 5 && at.tok(k).isWord() && at.tok(k).capitalised
                && !at.tok(k).has(Lexicon.TIME) && !at.tok(k).inQuote()) {
            k++;
        }
        return k > start ? k : j;
    }

    /**
     * "said in a statement it regretted …", "said on its website the plant would …": the token after a
     * channel phrase that ends in a report word, or {@code j} when no such phrase follows the cue.
     */
    int afterChannel(int j, Sentence s) {
        if (j >= s.endToken() || !at.tok(j).isWord() || !CHANNEL_PREPOSITIONS.contains(at.tok(j).lower)) {
            return j;
        }
        for (int k = j + 1; k < Math.min(s.endToken() - 1, j + 6); k++) {
            Token t = at.tok(k);
            if (!t.isWord() || !isChannelWord(t, k)) {
                return j;
            }
            if (REPORT_WORDS.contains(t.base)) {
                int next = k + 1;
                return at.tok(next).isPunct(',') ? next + 1 : next;
            }
        }
        return j;
    }

    /** "that" after only time and channel words ("said on Wednesday in a statement that"). */
    int findThat(int j, Sentence s) {
        boolean channel = false;
        for (int k = j; k < Math.min(s.endToken(), j + 10); k++) {
            Token t = at.tok(k);
            if (t.is("that")) {
                return k;
            }
            boolean skippable = t.isWord() && (t.has(Lexicon.FILLER_AFTER) || t.has(Lexicon.TIME)
                    || t.capitalised || OBJECT_PRONOUNS.contains(t.lower) || SKIPPED_BEFORE_THAT.contains(t.lower)
                    || channel && isChannelWord(t, k)) || t.kind == Token.Kind.NUMBER
                    || t.isPunct(',');
            if (k == j && t.isWord() && CHANNEL_PREPOSITIONS.contains(t.lower) && namesChannel(k + 1, s)) {
                channel = true; // "said in its monthly report that", "said on its Telegram channel that"
            }
            if (!skippable) {
                return -1;
            }
        }
        return -1;
    }
}
