package org.quotestance.detect;

/** How a speech cue may be used; see speech-verbs.txt. */
enum CueClass {
    /** introduces reported speech with or without "that" */
    CLAUSE,
    /** introduces reported speech only with "that" */
    THAT,
    /** takes a listener before the reported speech ("told reporters that") */
    TELL,
    /** attributes quotes in quotation marks only */
    DIRECT,
    /** attributes partial quotes only ("called it 'a disaster'") */
    LABEL,
    /** "according to": the speaker follows */
    ACCORDING;

    static CueClass fromWord(String w) {
        return switch (w) {
            case "clause" -> CLAUSE;
            case "that" -> THAT;
            case "tell" -> TELL;
            case "direct" -> DIRECT;
            case "label" -> LABEL;
            case "according" -> ACCORDING;
            default -> throw new IllegalStateException("unknown cue class in lexicon: " + w);
        };
    }

    boolean introducesClause() {
        return this == CLAUSE || this == THAT || this == TELL || this == ACCORDING;
    }
}
