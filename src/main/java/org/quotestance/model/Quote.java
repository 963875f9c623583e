package org.quotestance.model;

import java.util.List;

/**
 * One quote in one article.
 *
 * @param id          unique inside the project (article id + '-' + a number)
 * @param span        the quoted words without the quotation marks, in the article's text
 * @param cue         the speech cue ("said", "wrote on X"), or null
 * @param speakerSpan where the speaker is mentioned for this quote ("Hegseth", "he"), or null
 * @param speakerId   the canonical speaker's id (see {@link Speaker#id()}), or null when unknown
 * @param confidence  in [0, 1]; 1 for quotes made by hand
 * @param stanceIds   ids of codebook stances
 * @param annotator   "auto" for detected quotes, otherwise the analyst's name
 */
public record Quote(String id, QuoteKind kind, Span span, Span cue, Span speakerSpan, String speakerId,
                    double confidence, ReviewStatus status, List<String> stanceIds, String note,
                    String annotator, TextSelector selector) {
    public static final String AUTO = "auto";

    public Quote {
        stanceIds = List.copyOf(stanceIds == null ? List.of() : stanceIds);
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public String text(String articleText) {
        return span.of(articleText);
    }

    public Quote withStatus(ReviewStatus s) {
        return new Quote(id, kind, span, cue, speakerSpan, speakerId, confidence, s, stanceIds, note, annotator, selector);
    }

    public Quote withStances(List<String> ids) {
        return new Quote(id, kind, span, cue, speakerSpan, speakerId, confidence, status, ids, note, annotator, selector);
    }

    public Quote withNote(String n) {
        return new Quote(id, kind, span, cue, speakerSpan, speakerId, confidence, status, stanceIds, n, annotator, selector);
    }

    public Quote withSpeaker(String sid, Span mention) {
        return new Quote(id, kind, span, cue, mention, sid, confidence, status, stanceIds, note, annotator, selector);
    }

    public Quote withSpan(Span s, String articleText) {
        return new Quote(id, kind, s, cue, speakerSpan, speakerId, confidence, status, stanceIds, note, annotator,
                TextSelector.of(articleText, s));
    }

    public Quote withCue(Span c) {
        return new Quote(id, kind, span, c, speakerSpan, speakerId, confidence, status, stanceIds, note, annotator, selector);
    }

    public Quote withKind(QuoteKind k) {
        return new Quote(id, k, span, cue, speakerSpan, speakerId, confidence, status, stanceIds, note, annotator, selector);
    }
}
