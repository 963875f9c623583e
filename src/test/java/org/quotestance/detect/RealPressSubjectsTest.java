package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence subjects that real reports write in ways our own stories did not: long office titles with
 * their complement before the name, and a described speaker who does something else first and then
 * speaks. The reports were read, not kept; each test is on text written for it.
 */
class RealPressSubjectsTest {
    @Test
    void anOfficeWithItsComplementBeforeTheNameGivesTheNameAndTheWholeOfficeAsRole() {
        Detected d = Detected.in("""
                Governor orders audit of harbour authority

                Special Adviser to Governor Ade Brook on Maritime Affairs, Transport and Works, Tunde Okafor, condemned the delay and said the authority would be audited.

                The governor's adviser on fisheries, Ngozi Eze, visited the jetty and said that the boats were unsafe.
                """);
        assertThat(d.speakerOf("the authority would be audited")).isEqualTo("Tunde Okafor");
        assertThat(d.speakerNamed("Tunde Okafor").roles())
                .contains("Special Adviser to Governor Ade Brook on Maritime Affairs, Transport and Works");
        assertThat(d.speakerOf("the boats were unsafe")).isEqualTo("Ngozi Eze");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Ade Brook"));
    }

    @Test
    void aDescribedSpeakerWhoActsAndThenSpeaksIsTheSentencesSubject() {
        Detected d = Detected.in("""
                Ferry service suspended

                The spokesman condemned the delay and said that the ferries would stay in port until Friday.

                The port operator apologised to passengers and said refunds would be paid within a week.

                Passengers waited for hours and said they had been given no information.
                """);
        assertThat(d.speakerOf("the ferries would stay in port")).isEqualTo("The spokesman");
        assertThat(d.speakerOf("refunds would be paid")).isEqualTo("Port operator");
        assertThat(d.speakerOf("they had been given no information")).isEqualTo("Passengers");
    }
}
