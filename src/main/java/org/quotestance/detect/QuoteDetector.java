package org.quotestance.detect;

import java.util.List;

/** Finds quotes, cues and speakers in an article's normalised text. Thread-safe once built. */
public final class QuoteDetector {
    /** @param articleId used as the prefix of quote ids ("{articleId}-q1") */
    public Detection detect(String articleId, String text) {
        // TODO(detect issue): the pipeline of DESIGN.md §6 replaces this.
        return new Detection(List.of(), List.of());
    }
}
