package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role words that are neither titles nor names in front of a speaker's name ("relief agency
 * field coordinator Ana Ruiz told AFP", "said regional party chairman Ole Vik"), and the lower-case
 * article of Arabic surnames ("al-Tayeb"). Stories written for the test.
 */
class RolePrefixTest {
    @Test
    void plainRoleWordsBeforeTheNameAfterTheQuote() {
        Detected d = Detected.in("""
                The Red Crescent said its convoy had been turned back. "We waited nine hours at the checkpoint," Red Crescent field coordinator Ana Ruiz told AFP.
                """);
        assertThat(d.speakerOf("We waited nine hours")).isEqualTo("Ana Ruiz");
    }

    @Test
    void plainRoleWordsBeforeTheNameAfterAnInvertedCue() {
        Detected d = Detected.in("""
                The party said it would appeal. "This is a stitch-up," said regional party chairman Ole Vikander.
                """);
        assertThat(d.speakerOf("This is a stitch-up")).isEqualTo("Ole Vikander");
    }

    @Test
    void anArabicSurnameWithALowerCaseArticle() {
        Detected d = Detected.in("""
                "The crossing will reopen on Monday," border commander Colonel Hassan al-Masri told reporters by telephone.
                """);
        assertThat(d.speakerOf("The crossing will reopen")).isEqualTo("Hassan al-Masri");
    }

    @Test
    void lettersAfterANameMakeNoOrganisation() {
        Detected d = Detected.in("""
                Defending, Imogen Harcourt KC said her client had shown genuine remorse.

                "He will never work in finance again," said Ms Harcourt.

                Local MP Daniel Osei MP said the sentence was too lenient.
                """);
        assertThat(d.speakerOf("her client had shown genuine remorse")).isEqualTo("Imogen Harcourt");
        assertThat(d.speakerOf("He will never work in finance again")).isEqualTo("Imogen Harcourt");
        assertThat(d.speakerOf("the sentence was too lenient")).isEqualTo("Daniel Osei");
    }

    @Test
    void anAcronymSpelledLikeAFunctionWordIsAName() {
        Detected d = Detected.in("""
                The WHO said the outbreak in the region was under control.

                A WHO spokesperson said the agency would send more vaccine next month.
                """);
        assertThat(d.speakerOf("the outbreak in the region was under control")).isEqualTo("WHO");
        assertThat(d.speakerOf("the agency would send more vaccine")).isEqualTo("A WHO spokesperson");
    }
}
