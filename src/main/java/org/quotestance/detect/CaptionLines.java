package org.quotestance.detect;

/**
 * Quote round-ups ("They said it", match quotes) print each quote as a paragraph of its own and
 * name the speaker in a caption line under it: "Mamelodi Sundowns co-coach Rhulani Mokwena after
 * the defeat by Stellenbosch." The caption opens with the name and has no verb of its own after it,
 * which sets it apart from the next paragraph of an ordinary story ("Jones disagreed.").
 */
final class CaptionLines {
    private static final int MAX_CAPTION_WORDS = 40;

    private CaptionLines() {
    }

    /** The person a caption right under this lone quote paragraph names, or null. */
    static Mention under(AnalysedText at, MentionReader reader, QuoteRegion r) {
        if (r.closeToken() < 0 || r.lastParagraph() + 1 >= at.paragraphs.size()) {
            return null;
        }
        Paragraph quoted = at.paragraphs.get(r.lastParagraph());
        Paragraph first = at.paragraphs.get(r.firstParagraph());
        if (r.openToken() != first.firstToken() || !endsParagraph(at, r.closeToken(), quoted)) {
            return null; // the quote must fill its paragraphs
        }
        Paragraph caption = at.paragraphs.get(r.lastParagraph() + 1);
        if (caption.isEmpty() || caption.endToken() - caption.firstToken() > MAX_CAPTION_WORDS * 2
                || at.furniture[caption.index()]) {
            return null;
        }
        for (int t = caption.firstToken(); t < caption.endToken(); t++) {
            if (at.tok(t).kind == Token.Kind.MARK || at.cueAt[t] >= 0) {
                return null;
            }
        }
        Mention m = reader.readForward(caption.firstToken(), caption.endToken());
        if (m == null) {
            m = RolePrefix.thenName(at, reader, caption.firstToken() - 1, caption.endToken());
        }
        if (m == null || m.type() != Mention.Type.PERSON || m.name().indexOf(' ') < 0) {
            return null;
        }
        int next = m.last() + 1;
        if (next >= caption.endToken()) {
            return m;
        }
        Token t = at.tok(next);
        // "Sue Morton, 67, was taken to a shelter": a name with a clause of its own starts a story paragraph
        boolean nameAlone = t.isPunct('.') && next + 1 == caption.endToken();
        return nameAlone || t.is("after") || t.is("on") || t.is("about") || t.is("before") || t.is("speaking")
                || t.is("reacting") ? m : null;
    }

    private static boolean endsParagraph(AnalysedText at, int close, Paragraph p) {
        for (int t = close + 1; t < p.endToken(); t++) {
            if (at.tok(t).isWord()) {
                return false;
            }
        }
        return true;
    }
}
