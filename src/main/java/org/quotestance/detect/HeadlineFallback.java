package org.quotestance.detect;

import org.quotestance.model.QuoteKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A headline quote that names no speaker ("‘Lower cap is working’") repeats a statement in the
 * body: it takes that statement's speaker, or else the speaker quoted most often.
 */
final class HeadlineFallback {
    private HeadlineFallback() {
    }

    static void resolve(AnalysedText at, List<Finding> findings) {
        for (Finding h : findings) {
            if (h.kind != QuoteKind.HEADLINE || h.speaker != null) {
                continue;
            }
            Finding bestMatch = null;
            double bestShare = 0;
            // in the order the speakers first spoke, so that a tie goes to the first, the same on every run
            Map<Entity, Integer> counts = new LinkedHashMap<>();
            for (Finding f : findings) {
                if (f == h || f.speaker == null || f.kind == QuoteKind.HEADLINE) {
                    continue;
                }
                counts.merge(f.speaker, 1, Integer::sum);
                double share = Crossheads.sharedWords(at.text, h, f);
                if (share > bestShare) {
                    bestShare = share;
                    bestMatch = f;
                }
            }
            if (bestMatch != null && bestShare >= 0.5) {
                h.speaker = bestMatch.speaker;
                h.inheritedMention = bestMatch.shownMention();
                h.confidence = 0.6;
            } else {
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> {
                    h.speaker = e.getKey();
                    h.confidence = 0.45;
                });
            }
        }
    }
}
