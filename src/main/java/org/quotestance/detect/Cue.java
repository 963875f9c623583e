package org.quotestance.detect;

/** A speech cue: tokens {@code [first, last]} ("said", "made clear", "according to"). */
record Cue(int index, int first, int last, int start, int end, CueClass cueClass, boolean participle) {
}
