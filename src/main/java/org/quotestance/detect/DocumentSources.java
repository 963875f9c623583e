package org.quotestance.detect;

import java.util.Set;

/**
 * Documents in reported speech: the statement, post or video a source speaks through ("said in a
 * statement", "posted a video of the rescue") and the study that stands for its authors ("according
 * to a large study").
 */
final class DocumentSources {
    static final Set<String> REPORT_WORDS = Set.of("report", "statement", "letter", "post", "interview",
            "briefing", "message", "speech", "filing", "note", "channel", "account", "email", "blog", "column",
            "picture", "photo", "photograph", "video", "image", "clip", "screenshot");
    /** documents that have authors who speak through them ("according to a study"), unlike "data" or "figures" */
    private static final Set<String> AUTHORED = Set.of("study", "report", "survey", "analysis");
    /** what follows a thing posted or written, as opposed to the verb of a reported clause */
    private static final Set<String> AFTER_A_THING = Set.of("of", "on", "with", "to", "in", "from", "about",
            "showing", "saying", "calling", "captioned", "that", "which");

    private DocumentSources() {
    }

    /**
     * "…, according to a large Scandinavian study published on Wednesday": a study or a report with
     * no body named stands for its authors, as an unnamed source.
     */
    static Mention unnamed(AnalysedText at, int from, Sentence s) {
        if (from >= s.endToken()) {
            return null;
        }
        Token det = at.tok(from);
        if (!det.isWord() || !det.has(Lexicon.DETERMINER) || det.inQuote()) {
            return null;
        }
        for (int k = from + 1; k <= from + 4 && k < s.endToken(); k++) {
            Token t = at.tok(k);
            if (t.isPunct('-') || t.kind == Token.Kind.NUMBER) {
                continue; // "a two-year study", "a 10-year review"
            }
            if (!t.isWord() || t.inQuote() || at.cueAt[k] >= 0) {
                return null;
            }
            if (!t.capitalised && AUTHORED.contains(t.lower)) {
                return new Mention(from, k, det.start, t.end, Mention.Type.ANONYMOUS, at.textOf(from, k), null,
                        t.lower, Gender.NEUTER, false);
            }
        }
        return null;
    }

    /**
     * "posted a picture of himself in the gym", "wrote a short letter to the council": the object of
     * the verb is a thing, not a reported clause; "said a video showed the attack" keeps its clause.
     */
    static boolean isThingPosted(AnalysedText at, int k, Sentence s) {
        Token det = at.tok(k);
        if (!det.isWord() || !det.has(Lexicon.DETERMINER) || det.capitalised) {
            return false;
        }
        for (int n = k + 1; n <= k + 2 && n + 1 < s.endToken(); n++) {
            Token noun = at.tok(n);
            if (!noun.isWord() || noun.inQuote()) {
                return false;
            }
            if (REPORT_WORDS.contains(noun.base)) {
                Token after = at.tok(n + 1);
                return !after.isWord() || AFTER_A_THING.contains(after.lower);
            }
        }
        return false;
    }
}
