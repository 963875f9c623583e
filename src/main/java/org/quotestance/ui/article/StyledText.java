package org.quotestance.ui.article;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text and its styles as one RichTextFX document. It is immutable data (no nodes), so
 * it is built on a worker; the FX thread then swaps it into the text area in a single replace, instead
 * of restyling every paragraph itself (docs/adr/0403).
 */
final class StyledText {
    /** How RichTextFX splits a string into paragraphs (ReadOnlyStyledDocument.fromString). */
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    private static final Collection<String> PLAIN = List.of();

    private StyledText() {
    }

    /**
     * @param spans the styles of the whole of {@code text}, line ends included (as
     *              {@link QuoteHighlights#build} makes them)
     */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(String text,
            StyleSpans<Collection<String>> spans, SegmentOps<String, Collection<String>> ops) {
        if (spans.length() != text.length()) {
            throw new IllegalArgumentException("styles for " + spans.length() + " characters, text of " + text.length());
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(ops, PLAIN);
        Matcher end = LINE_END.matcher(text);
        int start = 0;
        while (true) {
            boolean more = end.find();
            int stop = more ? end.start() : text.length();
            if (stop == start) {
                doc.addParagraph("", PLAIN);
            } else {
                doc.addParagraph(text.substring(start, stop), spans.subView(start, stop));
            }
            if (!more) {
                return doc.build();
            }
            start = end.end();
        }
    }
}
