package org.quotestance.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.quotestance.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Turns the highlighter's passages into a {@link QuoteSnippet}: plain text plus marked ranges. */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Span> marks = new ArrayList<>();
        int lastEnd = 0;
        for (Passage p : passages) {
            if (p.getStartOffset() > lastEnd || (text.length() > 0)) {
                text.append(text.length() > 0 ? " " + ELLIPSIS + " " : ELLIPSIS);
            }
            int base = text.length() - p.getStartOffset();
            text.append(content, p.getStartOffset(), p.getEndOffset());
            int markStart = -1;
            int markEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (markStart >= 0 && s <= markEnd) {
                    markEnd = Math.max(markEnd, e); // overlapping matches (phrase + word) make one mark
                    continue;
                }
                if (markStart >= 0) {
                    marks.add(new Span(markStart + base, markEnd + base));
                }
                markStart = s;
                markEnd = e;
            }
            if (markStart >= 0) {
                marks.add(new Span(markStart + base, markEnd + base));
            }
            lastEnd = p.getEndOffset();
        }
        if (lastEnd < content.length()) {
            text.append(ELLIPSIS);
        }
        return new QuoteSnippet(text.toString(), marks);
    }
}
