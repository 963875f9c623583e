package org.quotestance.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a person types, the parser answers with a query or a one-line message: nothing else. */
class QueryLanguagePropertiesTest {
    private final QueryLanguage language = new QueryLanguage(QuoteFixtures.vocabulary());

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("troop", "Ellison", "speaker:", "stance:", "published:", "kind:", "status:", "outlet:",
                        "AND", "OR", "NOT", "(", ")", "\"", "“", "”", "[", "]", "{", "}", " TO ", "*", "?", "-", "+", "!",
                        "&&", "||", ":", "2025", "2025-02", "2025-02-30", "-01", " ", "  ", "\n", "é", "😀", "\\"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @org.junit.jupiter.api.Test
    void aLineBreakInsideWhatWasTypedStaysOutOfTheMessage() {
        QuerySyntaxException e = new QuerySyntaxException(3, "unknown field \"spea\nker\u2028x\"");
        assertThat(e.getMessage()).isEqualTo("Query error at column 3: unknown field \"spea ker x\"");
    }

    @Property(tries = 2000)
    void parsesOrExplainsInOneLine(@ForAll("typed") String query) {
        try {
            assertThat(language.parse(query).query()).isNotNull();
        } catch (QuerySyntaxException e) {
            assertThat(e.getMessage()).startsWith("Query error at column ").doesNotContain("\n");
            assertThat(e.column()).isBetween(1, query.length() + 1);
        }
    }
}
