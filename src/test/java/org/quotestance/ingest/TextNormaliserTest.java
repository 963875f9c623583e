package org.quotestance.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {
    @Test
    void removesTheByteOrderMarkAndUnifiesLineEnds() {
        assertThat(TextNormaliser.normalise("\uFEFFHeadline\r\n\r\nBody one\rBody two\n"))
                .isEqualTo("Headline\n\nBody one\nBody two");
    }

    @Test
    void composesToNfcSoOffsetsDoNotDependOnHowAnAccentWasTyped() {
        String decomposed = "Cafe\u0301 Lviv";
        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("Café Lviv").hasSize(9);
    }

    @Test
    void trimsTrailingSpacesAndTreatsNoBreakSpaceLinesAsBlank() {
        String pasted = "Title  \t\n\n\u00a0\n\nFirst paragraph.\u00a0\n\u00a0 \n\n\n\nSecond paragraph.\n\u00a0";
        assertThat(TextNormaliser.normalise(pasted)).isEqualTo("Title\n\nFirst paragraph.\n\nSecond paragraph.");
    }

    @Test
    void keepsLeadingIndentationAndInnerSpacing() {
        assertThat(TextNormaliser.normalise("  indented  line  \nnext"))
                .isEqualTo("  indented  line\nnext");
    }

    @Test
    void keepsAstralCharactersWhole() {
        assertThat(TextNormaliser.normalise("Flag 🇺🇦 \n\nok")).isEqualTo("Flag 🇺🇦\n\nok");
    }

    @Test
    void emptyAndBlankTextsBecomeEmpty() {
        assertThat(TextNormaliser.normalise("")).isEmpty();
        assertThat(TextNormaliser.normalise("\n \u00a0\r\n\t")).isEmpty();
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll @Chars({'a', 'é', ' ', '\n', '\r', '\t', '\u00a0', '\uFEFF', '\u0301', '“'})
                                        @CharRange(from = 'A', to = 'C') String s) {
        String once = TextNormaliser.normalise(s);
        assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\r").doesNotContain("\n\n\n").doesNotEndWith("\n").doesNotStartWith("\n");
    }

    /** The shortcut for texts already clean must agree with the line rules it skips. */
    @Property
    void theCleanTextShortcutAgreesWithTheLineRules(@ForAll @Chars({'a', ' ', '\n', '\t', '\u00a0', '\u200B', '“'})
                                                    @CharRange(from = 'A', to = 'C') String s) {
        assertThat(TextNormaliser.hasCleanLines(s)).isEqualTo(TextNormaliser.trimLines(s).equals(s));
    }

    @Test
    void aCleanTextComesBackAsTheSameString() {
        String clean = "“We will not send troops,” she said.\n\nHe disagreed.";
        assertThat(TextNormaliser.normalise(clean)).isSameAs(clean);
        assertThat(TextNormaliser.normalise("Line one \nLine two")).isEqualTo("Line one\nLine two");
        assertThat(TextNormaliser.normalise("One\n\n\n\nTwo")).isEqualTo("One\n\nTwo");
    }
}
