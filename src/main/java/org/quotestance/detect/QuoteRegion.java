package org.quotestance.detect;

/**
 * A top-level stretch of text between quotation marks. A quote that runs over several paragraphs
 * (left open at the end of each and reopened at the start of the next, as news style does) is one
 * region; {@code unclosed} marks one that simply stops at a paragraph end.
 *
 * @param openToken  the opening mark of the first piece
 * @param closeToken the closing mark of the last piece, or -1 when unclosed
 * @param start      first character inside the marks
 * @param end        end of the last character inside the marks
 */
record QuoteRegion(int index, int openToken, int closeToken, int start, int end, int firstParagraph,
                   int lastParagraph, boolean unclosed, boolean doubleMarks) {
    boolean multiParagraph() {
        return lastParagraph > firstParagraph;
    }
}
