package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people with one surname: a title or an honorific before the surname picks the one it fits, not
 * merely the one named last; and a name cut short from the end ("Rahim Faizal" for "Rahim Faizal Osman")
 * is the longer name. Each test is on a story written for it.
 */
class SharedSurnamesTest {
    @Test
    void theOfficeBeforeASharedSurnamePicksItsHolder() {
        Detected d = Detected.in("""
                Island leaders press for climate fund

                Prime Minister Arlen Voss opened the regional summit on Monday with a call for a loss-and-damage fund.

                His wife, Marisol Voss, who chairs the island's hurricane relief charity, said donations had fallen by a third since the last storm.

                “Every season we rebuild the same schools,” Prime Minister Voss said.
                """);
        assertThat(d.speakerOf("Every season we rebuild")).isEqualTo("Arlen Voss");
        assertThat(d.speakerOf("donations had fallen")).isEqualTo("Marisol Voss");
    }

    @Test
    void anHonorificBeforeASharedSurnamePicksThePersonOfThatGender() {
        Detected d = Detected.in("""
                Family thanks rescuers after river search

                His sister, Grace Okonjo, said the family had not slept since Friday.

                Tomas Okonjo, 52, was pulled from the Tana River on Sunday evening after two days missing, and Mr Okonjo was taken to hospital in Garissa.

                Ms Okonjo said: “We owe these people everything.”
                """);
        assertThat(d.speakerOf("We owe these people everything")).isEqualTo("Grace Okonjo");
    }

    @Test
    void aNameCutShortFromTheEndIsTheLongerName() {
        Detected d = Detected.in("""
                Ministry vows to act on port smuggling

                PORT KLANG, March 3, 2024:

                Its minister Datuk Seri Dr Rahim Faizal Osman said over the past months smugglers had moved from the north to the west coast.

                Rahim Faizal said the ministry would post more customs officers at the port by June.
                """);
        assertThat(d.speakerOf("would post more customs officers")).isEqualTo("Rahim Faizal Osman");
    }
    @Test
    void aSurnameMisspeltByOneLetterIsThePersonNamedInFull() {
        Detected d = Detected.in("""
                Hospital chief defends winter plan

                Dr Henrietta Vandermolen, the chief executive of Westmoor General, said the hospital had opened forty extra beds.

                "We planned for this in the summer," Ms Vandermollen said.

                Union official Peter Rask said nurses were still working double shifts. Mr Rusk said staff were "exhausted".

                Councillor Bram Delacroix said the council would review the plan. "We will ask hard questions," Delacriox said.
                """);
        assertThat(d.speakerOf("We planned for this")).isEqualTo("Henrietta Vandermolen");
        assertThat(d.speakerOf("We will ask hard questions")).isEqualTo("Bram Delacroix");
        // a short surname one letter from another is left as written: it may be someone else
        assertThat(d.speakerOf("exhausted")).isEqualTo("Rusk");
    }
}
