package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Input that breaks naive extractors: no exception, no hang, sensible output. */
class BadInputTest {
    private static final QuoteDetector DETECTOR = new QuoteDetector();

    /** Runs detection off the test thread; awaitility only guards against a hang, it asserts no speed. */
    private static Detection detectGuarded(String text) {
        CompletableFuture<Detection> f = CompletableFuture.supplyAsync(() -> DETECTOR.detect("x", text));
        await().atMost(Duration.ofMinutes(3)).until(f::isDone);
        return f.join();
    }

    private static void assertSpansValid(String text, Detection d) {
        for (Quote q : d.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.span().length()).isPositive();
            assertThat(Character.isLowSurrogate(text.charAt(q.span().start()))).isFalse();
            assertThat(q.selector().exact()).isEqualTo(q.text(text));
        }
    }

    @Test
    void emptyAndWhitespaceOnly() {
        assertThat(DETECTOR.detect("x", "").quotes()).isEmpty();
        assertThat(DETECTOR.detect("x", " \n\n\t \u00a0\n").quotes()).isEmpty();
        assertThat(DETECTOR.detect("x", null).quotes()).isEmpty();
    }

    @Test
    void noQuotesAtAll() {
        Detection d = DETECTOR.detect("x", "The river rose overnight.\n\nSchools stayed closed on Friday.\n");
        assertThat(d.quotes()).isEmpty();
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void oneQuoteMarkAlone() {
        for (String text : new String[]{"\"", "“", "’", "He said \" and left.", "It is 6\" wide.", "«"}) {
            Detection d = DETECTOR.detect("x", text);
            assertSpansValid(text, d);
        }
        assertThat(DETECTOR.detect("x", "It is 6\" wide and 12\" long.").quotes()).isEmpty();
    }

    @Test
    void tenThousandQuoteMarks() {
        String marks = "\"".repeat(10_000);
        Detection d = detectGuarded(marks);
        assertSpansValid(marks, d);
        String words = "\"a\" ".repeat(5_000);
        assertSpansValid(words, detectGuarded(words));
    }

    @Test
    void manyAttributedQuotesInOneEndlessParagraphStayLinear() {
        // every quote looks back and ahead for its speaker: with unbounded windows this is quadratic
        int n = 40_000;
        String text = "“We will hold the line,” Colonel Ada Brink said, ".repeat(n);
        Detection d = detectGuarded(text);
        assertThat(d.quotes()).hasSize(n);
        assertThat(d.quotes()).allSatisfy(q -> assertThat(q.speakerId()).isEqualTo("ada-brink"));
    }

    @Test
    void fiveMegabyteArticle() {
        String story = """
                “The harbour will reopen on Monday,” port director Lena Sørensen said on Friday.

                Sørensen said that the storm had damaged two of the four cranes. “We lost a week,” she said.

                """;
        int copies = 5 * 1024 * 1024 / story.length() + 1;
        String text = "Port reopens\n\n" + story.repeat(copies);
        Detection d = detectGuarded(text);
        assertThat(d.quotes()).hasSize(3 * copies);
        assertThat(d.speakers()).extracting(s -> s.name()).containsExactly("Lena Sørensen");
        assertSpansValid(text, d);
    }

    @Test
    void rightToLeftText() {
        String text = "قال الوزير أحمد: «سنعيد بناء الجسر قبل الشتاء».\n\nאמר השר: \"נבנה מחדש את הגשר\".\n";
        Detection d = DETECTOR.detect("x", text);
        assertSpansValid(text, d);
        assertThat(d.quotes()).extracting(q -> q.text(text)).contains("سنعيد بناء الجسر قبل الشتاء",
                "נבנה מחדש את הגשר");
    }

    @Test
    void emojiInsideQuotesAndNames() {
        String text = "“We did it 🎉🎉 and nobody can take it away 💪,” coach Mia 😀 Torres said.\n\n"
                + "Fans sang 🎶 all night.\n";
        Detection d = DETECTOR.detect("x", text);
        assertSpansValid(text, d);
        assertThat(d.quotes()).extracting(q -> q.text(text))
                .containsExactly("We did it 🎉🎉 and nobody can take it away 💪");
        assertThat(d.quotes().get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aCueWithThatAndNothingAfterItAtTheEndOfTheText() {
        // found by DetectorPropertiesTest: the reported clause would start past the last token
        assertThat(new QuoteDetector().detect("a", "said Hegseth that").quotes()).isEmpty();
    }
    @Test
    void aHugeNameLikeWordIsNotSpelledOutLetterByLetter() {
        // a surname one letter from another is looked up by its variants with a letter left out: for a word of
        // a million letters that would be a million strings of a million letters
        String giant = "K" + "a".repeat(1_000_000);
        String text = "Mayor Lena Kaarsberg opened the bridge.\n\n\"It is done,\" said Mr " + giant + ".\n\n"
                + "\"We are proud,\" Mr Kaarsburg said.\n";
        Detection d = detectGuarded(text);
        assertSpansValid(text, d);
        assertThat(d.quotes()).hasSize(2);
        String proud = d.quotes().get(1).speakerId();
        assertThat(d.speakers()).filteredOn(sp -> sp.id().equals(proud)).extracting(sp -> sp.name())
                .containsExactly("Lena Kaarsberg");
    }
}
