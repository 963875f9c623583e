package org.quotestance.app;

import org.junit.jupiter.api.Test;
import org.quotestance.detect.Detection;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationTextTest {
    private static final String TEXT = "Okafor explained that \"the levy was agreed in May,\" adding that \"the rest can wait.\" Done.";

    private static Quote quote(String id, QuoteKind kind, String words) {
        int start = TEXT.indexOf(words);
        return new Quote(id, kind, new Span(start, start + words.length()), null, null, "ada-okafor", 0.8,
                ReviewStatus.SUGGESTED, List.of(), null, Quote.AUTO, null);
    }

    private static String write(List<Quote> quotes) {
        Speaker okafor = new Speaker("ada-okafor", "Ada Okafor", SpeakerType.PERSON, List.of(), null, List.of("Okafor"));
        return AnnotationText.write(new AnnotatedArticle("levy.txt", null, TEXT, new Detection(quotes, List.of(okafor))));
    }

    @Test
    void reportedSpeechThatStartsWithItsPartialQuoteNestsTheBrackets() {
        // the detector lists the partial before the reported speech that holds it, both from one start
        String out = write(List.of(
                quote("1", QuoteKind.PARTIAL, "the levy was agreed in May,"),
                quote("2", QuoteKind.INDIRECT, "the levy was agreed in May,\" adding that \"the rest can wait."),
                quote("3", QuoteKind.PARTIAL, "the rest can wait.")));

        assertThat(out).contains("Okafor explained that \"[[the levy was agreed in May,]{Ada Okafor · partial}\" adding"
                + " that \"[the rest can wait.]{Ada Okafor · partial}]{Ada Okafor · indirect}\" Done.");
    }

    @Test
    void aSpanThatCrossesAnOpenOneIsLeftOutRatherThanBreakingTheText() {
        String out = write(List.of(
                quote("1", QuoteKind.INDIRECT, "the levy was agreed in May,\" adding"),
                quote("2", QuoteKind.PARTIAL, "agreed in May,\" adding that \"the rest")));

        assertThat(out).contains("Okafor explained that \"[the levy was agreed in May,\" adding]{Ada Okafor · indirect}"
                + " that \"the rest can wait.\" Done.");
    }
}
