package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office written as an acronym before a name ("DIG Perera") or at the end of a role ("Ramsey MHK"), then
 * "the DIG said": the acronym stands for that person, not for a body. Each test is on a story written for it.
 */
class AcronymTitlesTest {
    @Test
    void theAcronymBeforeANameIsThatPersonsOffice() {
        Detected d = Detected.in("""
                Custody death: police deny using private vehicle

                Speaking at the weekly briefing, DIG Nalaka Perera said the officers had admitted detaining the youth at the harbour.

                The DIG insisted the station had followed every rule in the handbook.
                """);
        assertThat(d.speakerOf("followed every rule")).contains("Perera");
    }

    @Test
    void theAcronymEndingARoleIsItsHolder() {
        Detected d = Detected.in("""
                Clinic hours restored after petition

                A petition of 2,000 names was handed to the health board by Ramsey MHK Siobhan Teague.

                Last night, the MHK said: “Families here will not have to drive forty miles for a blood test.”
                """);
        assertThat(d.speakerOf("Families here will not")).isEqualTo("Siobhan Teague");
    }

    @Test
    void aBodyTheStorySpelledOutStaysTheBody() {
        Detected d = Detected.in("""
                Fraud inquiry widens

                The Serious Fraud Office (SFO) opened the case in March. SFO director Amara Quist said the inquiry had grown to four firms.

                The SFO said it would not name the firms until charges were laid.
                """);
        assertThat(d.speakerOf("would not name the firms")).isEqualTo("Serious Fraud Office");
    }

    @Test
    void aBodyWithNoPersonOfThatOfficeStaysTheBody() {
        Detected d = Detected.in("""
                Port closed after chemical leak

                Harbourmaster Ilse Brandt said the berths would stay shut overnight.

                The EPA said its inspectors were testing the water.
                """);
        assertThat(d.speakerOf("inspectors were testing")).isEqualTo("EPA");
    }

    @Test
    void aRoleThatServesTheBodyIsNoOfficeOfThatName() {
        Detected d = Detected.in("""
                Union sets strike deadline

                Amos Eze, general secretary of the NLC, said the workers had waited long enough for the wage award.

                The NLC said it would give no further notice before the strike.
                """);
        assertThat(d.speakerOf("give no further notice")).isEqualTo("NLC");
    }

    @Test
    void theAcronymThatSpellsARoleIsItsHolder() {
        Detected d = Detected.in("""
                Inflation may ease after the rains

                Chief Economic Adviser Rhea Menon told a conference in Pune that prices should cool by August.

                Growth could reach 7% this year, the CEA said, if the monsoon arrives on time.
                """);
        assertThat(d.speakerOf("Growth could reach 7%")).isEqualTo("Rhea Menon");
    }

    @Test
    void anOfficeSpelledOutBeforeItsAcronymIsItsHolder() {
        Detected d = Detected.in("""
                Families flee border villages

                Ruth Okafor, Superintendent of Police (SP) in the district, said the reports of an attack were false.

                "The workers were coming home with their belongings after the harvest," the SP added.
                """);
        assertThat(d.speakerOf("The workers were coming home")).isEqualTo("Ruth Okafor");
    }
}
