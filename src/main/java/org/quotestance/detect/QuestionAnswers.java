package org.quotestance.detect;

/** Interviews set as alternating quote paragraphs: the answer to a question is the other side's. */
final class QuestionAnswers {
    private QuestionAnswers() {
    }

    /**
     * "“Are they wrong?” she asked. / “I don’t accept that.” / “It’s their comparison.”": a quote
     * paragraph with no speaker of its own that follows a question, or another such answer, in the
     * paragraph right before is the other side of the exchange, the last other person quoted.
     */
    static Entity of(SpeakerResolver resolver, AnalysedText at, Finding f, Finding previous) {
        if (f.mention != null || f.region < 0 || previous == null || previous.speaker == null
                || previous.region < 0 || f.paragraph - previous.paragraph != 1 || !resolver.startsParagraph(f)) {
            return null;
        }
        if (previous.sieve != Finding.Sieve.ALTERNATION && !endsWithQuestion(at, previous)) {
            return null;
        }
        for (int i = resolver.quoteSpeakers.size() - 1; i >= 0 && i >= resolver.quoteSpeakers.size() - 12; i--) {
            Entity e = resolver.quoteSpeakers.get(i);
            if (e != previous.speaker) {
                return e;
            }
        }
        for (Entity e : resolver.recent) {
            if (e != previous.speaker && e.isPerson() && e.confirmed) {
                return e; // the witness who has not been quoted yet
            }
        }
        return null;
    }

    private static boolean endsWithQuestion(AnalysedText at, Finding f) {
        int e = f.end;
        while (e < at.text.length() && e < f.end + 3 && at.text.charAt(e) != '?' && !Character.isWhitespace(at.text.charAt(e))) {
            e++;
        }
        return at.text.charAt(f.end - 1) == '?' || e < at.text.length() && at.text.charAt(e) == '?';
    }
}
