package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokenizer's token list holds every token in order, however long the text, and fails outside itself as any list. */
class TokenListTest {
    private static final String STORY = "Mayor Ilse Varga said the ferry would run again. “We are ready,” she said.\n\n";

    @Test
    void aLongTextKeepsEveryTokenInOrderPastTheFirstGuessOfItsSize() {
        String text = STORY.repeat(40);
        Tokenizer tz = new Tokenizer(text, Lexicon.standard());
        tz.run();
        TokenList tokens = tz.tokens;
        int perStory = tokens.size() / 40;
        assertThat(tokens.size()).isEqualTo(perStory * 40);
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start).isGreaterThan(tokens.get(i - 1).start);
        }
        assertThat(tokens.get(tokens.size() - 1).lower).isEqualTo(".");
        assertThat(tokens.get(perStory).lower).isEqualTo("mayor");
    }

    @Test
    void anIndexOutsideTheListFailsOnceTheTextIsRead() {
        Tokenizer tz = new Tokenizer(STORY, Lexicon.standard());
        tz.run();
        TokenList tokens = tz.tokens;
        assertThatThrownBy(() -> tokens.get(tokens.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> tokens.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(tokens).hasSize(tokens.size()).first().extracting(t -> t.lower).isEqualTo("mayor");
    }
}
