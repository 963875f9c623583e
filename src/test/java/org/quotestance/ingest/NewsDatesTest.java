package org.quotestance.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NewsDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Feb 12, 2025 | 2025-02-12",
            "Updated 3:05 PM EST, Wed February 12, 2025 | 2025-02-12",
            "12 February 2025 | 2025-02-12",
            "Published 25/02/2025 | 2025-02-25",
            "02/25/2025 10:14 | 2025-02-25",
            "07/07/2025 | 2025-07-07",
            "Stand: 12.02.2025, 14:30 Uhr | 2025-02-12",
            "2025-02-12T09:30:00Z | 2025-02-12",
    })
    void readsTheDateInTheShapesNewsPrintsIt(String line, LocalDate expected) {
        assertThat(NewsDates.find(line)).hasValueSatisfying(f -> assertThat(f.date()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "02/12/2025",           // February 12 in the US, 2 December in Europe: not guessed
            "31/02/2025",           // no such day
            "Version 1.2.2025.4",   // a version number, not a date
            "Call 12/14/20251",     // digits run on
            "Score 3/4",            // no year
    })
    void leavesAmbiguousOrImpossibleSlashAndDotShapesAlone(String line) {
        assertThat(NewsDates.find(line)).isEmpty();
    }
}
