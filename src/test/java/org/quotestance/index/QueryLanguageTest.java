package org.quotestance.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

class QueryLanguageTest {
    private final QueryLanguage language = new QueryLanguage(QuoteFixtures.vocabulary());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'(troop OR aid' | 14 | expected ')' to close the '(' at column 1",
            "'troop)' | 6 | ')' has no matching '('",
            "'\"american troops' | 1 | quotation mark opened here is never closed",
            "'speaker:' | 1 | 'speaker:' needs a value",
            "'speakr:ellison' | 1 | unknown field 'speakr:'",
            "'troop AND' | 7 | 'AND' needs something to search after it",
            "'OR troop' | 1 | 'OR' needs something to search before it",
            "'troop OR OR aid' | 7 | 'OR' needs something to search after it",
            "'NOT' | 1 | 'NOT' needs something to search after it",
            "'()' | 1 | the parentheses are empty",
            "'published:2025-13' | 11 | '2025-13' is not a date in the calendar",
            "'published:feb' | 11 | 'feb' is not a date",
            "'published:[2025-01-01 2025-03-31]' | 11 | a date range looks like [2025-01-01 TO 2025-03-31]",
            "'published:[2025-03-01 TO 2025-01-01]' | 11 | ends before it starts",
            "'published:[2025-01-01 TO 2025-03-31' | 11 | has no closing ']'",
            "'troop [a TO b]' | 7 | only works after published:",
            "'outlet:[a TO b]' | 8 | only works after published:",
            "'kind:quote' | 6 | unknown kind 'quote'; use one of direct, partial, headline, indirect",
            "'status:done' | 8 | unknown status 'done'; use one of suggested, accepted, rejected",
            "'speaker:(stance:x)' | 10 | a field cannot stand inside speaker:( )",
            "'speaker:\"\"' | 9 | needs a value, not an empty phrase",
    })
    void malformedQueriesGetOneLineSayingWhatAndWhere(String query, int column, String message) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> language.parse(query));
        assertThat(e).as("no error for %s", query).isNotNull();
        assertThat(e.getMessage()).startsWith("Query error at column " + column + ": ").contains(message).doesNotContain("\n");
        assertThat(e.column()).isEqualTo(column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12:30 meeting", "U.S.-led talks", "troop*", "+troop", "a && b", "!troop aid", "\"\"", "speaker:x*y",
            "text:troop", "published:[* TO *]", "speaker: ellison", "„troops“",
    })
    void unusualButValidQueriesParse(String query) {
        assertThat(language.parse(query).query()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"troop", "speaker:ellison troop", "\"american troops\" OR leverag*"})
    void highlightQueriesAskOnlyForQuoteText(String query) {
        assertThat(language.parse(query).highlight().toString()).contains("text:").doesNotContain("speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"speaker:ellison", "NOT troop", "published:2025"})
    void queriesWithoutPositiveWordsHaveNothingToHighlight(String query) {
        assertThat(language.parse(query).highlight()).isNull();
    }

    @org.junit.jupiter.api.Test
    void unknownFieldMessageListsTheFields() {
        assertThatThrownBy(() -> language.parse("who:me")).hasMessageContaining("speaker").hasMessageContaining("published");
    }
}
