package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the first passes hand to the rules (word flags, lower case, page furniture), checked on
 * the shortcuts the tokenizer and {@link AnalysedText} take for speed: ASCII words read into bytes,
 * listed words sharing the lexicon's string, furniture compared in place.
 */
class TextAnalysisFactsTest {
    private static final Lexicon LEX = Lexicon.standard();

    private static Token word(AnalysedText at, String text) {
        return at.tokens.stream().filter(t -> at.text.substring(t.start, t.end).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void asciiWordsGetTheirListsWhateverTheirCase() {
        AnalysedText at = new AnalysedText("The Commander-in-Chief SAID the Finanzminister's plan failed.", LEX);
        assertThat(word(at, "The").has(Lexicon.FUNCTION)).isTrue();
        assertThat(word(at, "Commander-in-Chief").has(Lexicon.TITLE)).isTrue(); // longer than 16 letters
        assertThat(word(at, "SAID").has(Lexicon.VERB)).isTrue();
        assertThat(word(at, "SAID").lower).isEqualTo("said");
        Token minister = word(at, "Finanzminister's");
        assertThat(minister.possessive).isTrue();
        assertThat(minister.base).isEqualTo("finanzminister");
        assertThat(minister.has(Lexicon.TITLE)).isTrue(); // a compound ending in "minister"
        assertThat(word(at, "plan").flags).isZero();
    }

    @Test
    void anAcronymInCapitalsIsNoFunctionWord() {
        AnalysedText at = new AnalysedText("WHO experts said who knew. HE said he did.", LEX);
        assertThat(word(at, "WHO").has(Lexicon.FUNCTION)).isFalse();
        assertThat(word(at, "who").has(Lexicon.FUNCTION)).isTrue();
        assertThat(word(at, "HE").has(Lexicon.PRONOUN)).isFalse();
        assertThat(word(at, "he").has(Lexicon.PRONOUN)).isTrue();
    }

    @Test
    void theCapitalisedWordsAreListedInOrderAndNothingElse() {
        AnalysedText at = new AnalysedText("Mayor Ines Caldwell, 58, said “We’re ready” in 2024. ÇANAKKALE agreed; the port did not.", LEX);
        List<String> listed = new java.util.ArrayList<>();
        for (int i = 0; i < at.capitalWordCount; i++) {
            Token t = at.tok(at.capitalWords[i]);
            listed.add(at.text.substring(t.start, t.end));
        }
        assertThat(listed).containsExactly("Mayor", "Ines", "Caldwell", "We’re", "ÇANAKKALE");
    }

    @Test
    void aWordEndsWhereAJoiningMarkOrAnotherScriptWouldNotCarryItOn() {
        String text = "“Naïve co-founders,” said Hegseth’s aide—at 3.5 or 1,200 U.S. sites, Rock&Roll… (D-N.Y.) São Paulo's.";
        AnalysedText at = new AnalysedText(text, LEX);
        List<String> words = at.tokens.stream().filter(t -> t.kind != Token.Kind.PUNCT && t.kind != Token.Kind.MARK)
                .map(t -> text.substring(t.start, t.end)).toList();
        assertThat(words).containsExactly("Naïve", "co-founders", "said", "Hegseth’s", "aide", "at", "3.5", "or", "1,200",
                "U.S", "sites", "Rock&Roll", "D-N.Y", "São", "Paulo's");
        assertThat(word(at, "Naïve").lower).isEqualTo("naïve");
        assertThat(word(at, "said").has(Lexicon.VERB)).isTrue();
        assertThat(word(at, "Hegseth’s").base).isEqualTo("hegseth");
        assertThat(word(at, "3.5").kind).isEqualTo(Token.Kind.NUMBER);
        assertThat(word(at, "1,200").kind).isEqualTo(Token.Kind.NUMBER);
        assertThat(word(at, "Paulo's").possessive).isTrue();
        assertThat(word(at, "aide").capitalised).isFalse();
        assertThat(word(at, "Rock&Roll").capitalised).isTrue();
    }

    @Test
    void wordsWithOtherLettersAreLowerCasedAsStringDoes() {
        AnalysedText at = new AnalysedText("İstanbul and ÇANAKKALE met São Paulo’s mayor.", LEX);
        assertThat(word(at, "İstanbul").lower).isEqualTo("İstanbul".toLowerCase(java.util.Locale.ROOT));
        assertThat(word(at, "ÇANAKKALE").lower).isEqualTo("çanakkale");
        Token paulo = word(at, "Paulo’s");
        assertThat(paulo.possessive).isTrue();
        assertThat(paulo.base).isEqualTo("paulo");
    }

    @Test
    void furnitureLinesAreFoundInAnyCaseAndNotInsideQuotes() {
        AnalysedText at = new AnalysedText(String.join("\n\n", List.of(
                "Harbour cranes back in service",
                "PHOTO: Jane Doe/Harbour Times",
                "“Photo: the cranes are back,” the harbour master said.",
                "© 2025 Harbour Times",
                "By\u00a0Anna Berg",
                "By the time the cranes were back in service, the harbour master said, the ships had left for other ports.",
                "İmage: a dotted capital I lower-cases to two characters, so this is no furniture line.",
                "Reporting by Sam Keller; Editing by Jo Park")), LEX);
        assertThat(at.furniture).containsExactly(false, true, false, true, true, false, false, true);
    }

    @Test
    void everyListedWordIsFoundFromTheTokenizersBytesWhateverItsLength() {
        // words of up to eight letters are looked up packed into one number, longer ones by their characters:
        // both must agree with the lexicon's own map, and a word one letter off must not borrow its flags
        java.util.Set<String> listed = new java.util.TreeSet<>();
        listed.addAll(LEX.functionWords);
        listed.addAll(LEX.timeWords);
        listed.addAll(LEX.verbs.keySet());
        listed.addAll(LEX.firstNames.keySet());
        listed.addAll(LEX.organisationWords);
        StringBuilder text = new StringBuilder();
        List<String> asked = new java.util.ArrayList<>();
        for (String w : listed) {
            if (!w.matches("[a-z]+")) {
                continue;
            }
            for (String form : List.of(w, w + "q", w.substring(0, w.length() - 1) + "q")) {
                if (!form.matches("q+")) {
                    asked.add(form);
                    text.append(form).append(' ');
                }
            }
        }
        AnalysedText at = new AnalysedText(text.toString(), LEX);
        assertThat(at.tokens).hasSize(asked.size());
        assertThat(asked).anyMatch(w -> w.length() == 1).anyMatch(w -> w.length() == 8).anyMatch(w -> w.length() > 8);
        for (int i = 0; i < asked.size(); i++) {
            Token t = at.tok(i);
            assertThat(t.lower).isEqualTo(asked.get(i));
            assertThat(t.flags & ~Token.LISTED).as(asked.get(i)).isEqualTo(LEX.flags(asked.get(i)));
            // a listed word carries the lexicon's interned string, which is what lets Token.is compare references
            if (listed.contains(asked.get(i))) {
                assertThat(t.has(Token.LISTED)).as(asked.get(i)).isTrue();
            }
            if (t.has(Token.LISTED)) {
                assertThat(t.lower).isSameAs(asked.get(i).intern());
                assertThat(t.is(asked.get(i).intern())).isTrue();
            }
        }
    }
}
