package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.Span;
import org.quotestance.model.Stance;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks every imported article passes before anything is written. */
final class ArticleChecks {
    private ArticleChecks() {
    }

    /** @return null when the article is sound, otherwise the reason */
    static String problem(Article a, Codebook codebook) {
        if (a.id() == null || a.id().isBlank()) {
            return "the article has no id";
        }
        if (a.text() == null) {
            return "the article has no text";
        }
        if (!NormalisedText.isNormalised(a.text())) {
            return "the article text is not in stored form (" + BundleFormat.TEXT_FORM + ")";
        }
        Set<String> stanceIds = codebook.allStances().stream().map(Stance::id).collect(Collectors.toSet());
        Set<String> quoteIds = new HashSet<>();
        int len = a.text().length();
        for (Quote q : a.quotes()) {
            if (q.id() == null || !quoteIds.add(q.id())) {
                return "quote id " + q.id() + " is missing or not unique";
            }
            if (q.span() == null || outside(q.span(), len) || outside(q.cue(), len) || outside(q.speakerSpan(), len)) {
                return "quote " + q.id() + " has a span outside the text (" + len + " code units)";
            }
            for (String s : q.stanceIds()) {
                if (!stanceIds.contains(s)) {
                    return "quote " + q.id() + " refers to stance '" + s + "', which the codebook lacks";
                }
            }
        }
        return null;
    }

    private static boolean outside(Span s, int len) {
        return s != null && s.end() > len;
    }
}
