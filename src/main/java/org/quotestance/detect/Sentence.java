package org.quotestance.detect;

/** A sentence: tokens {@code [firstToken, endToken)} inside one paragraph. Quotes never split one. */
record Sentence(int index, int paragraph, int firstToken, int endToken) {
}
