package org.quotestance.detect;

/** A paragraph: characters {@code [start, end)} and tokens {@code [firstToken, endToken)}. */
record Paragraph(int index, int start, int end, int firstToken, int endToken) {
    boolean isEmpty() {
        return firstToken >= endToken;
    }
}
