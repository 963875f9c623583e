package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters after a name in their own commas ("Ingrid Moss, MD, chief of …, says") belong to the person; they are
 * no speaker of their own. Each test is on a story written for it.
 */
class LettersAfterNamesTest {
    @Test
    void theLettersAfterANameAreThatPersons() {
        Detected d = Detected.in("""
                Flu cases climb as winter sets in

                Flu tests at Lakeview clinics are coming back positive at the highest rate in a decade.

                Ingrid Moss, MD, chief of infectious diseases at Lakeview Hospital, says the wards are busier than at any point since 2015.
                """);
        assertThat(d.speakerOf("the wards are busier")).isEqualTo("Ingrid Moss");
    }
}
