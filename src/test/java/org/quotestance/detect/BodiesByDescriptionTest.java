package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body met again by a description its name does not hold: "the Meridian reported …
 * the newspaper said". Each test is on a story written for it.
 */
class BodiesByDescriptionTest {
    @Test
    void aDescriptionIsTheBodyTheStoryLastSpokeOf() {
        Detected d = Detected.in("""
                Harbour plan will miss its targets, officials warn

                The Harbour Board has said its freight targets are “ambitious” but it remains committed to them.

                It was responding to a report in the Meridian that the harbour plan would miss its targets.

                However, the Meridian reported that it had seen a briefing note from officials at the transport department.

                According to the Meridian, the note said the port had “achieved little so far” on freight.

                The officials proposed moving the ferry terminal north of the river, the newspaper said.
                """);
        assertThat(d.speakerOf("moving the ferry terminal north")).isEqualTo("Meridian");
    }

    @Test
    void aCountryIsNotItsMinistry() {
        Detected d = Detected.in("""
                Envoy summoned over border shooting

                Lorvania summoned the ambassador on Tuesday after two farmers were shot near the border.

                The ministry said the shooting was "a grave violation" of the ceasefire.
                """);
        assertThat(d.speakerOf("a grave violation")).isNotEqualTo("Lorvania");
    }
    @Test
    void aNameIntroducedAsAKindOfBodyStaysThatBody() {
        Detected d = Detected.in("""
                Korvell says hackers took customer emails

                The kitchenware and appliance maker Korvell said on Monday that hackers had copied the email addresses of some customers.

                Korvell said it had "no evidence" that card numbers were taken.

                The company said it had written to everyone affected. "We are sorry this happened," the company said.
                """);
        assertThat(d.speakerOf("hackers had copied the email")).isEqualTo("Korvell");
        assertThat(d.speakerOf("no evidence")).isEqualTo("Korvell");
        assertThat(d.speakerOf("We are sorry this happened")).isEqualTo("Korvell");
        assertThat(d.speakerOf("it had written to everyone")).isEqualTo("Korvell");
        assertThat(d.speakerNamed("Korvell").type()).isEqualTo(org.quotestance.model.SpeakerType.ORGANISATION);
        assertThat(d.speaker(d.quote("no evidence").speakerId()).type()).isEqualTo(org.quotestance.model.SpeakerType.ORGANISATION);
    }
}
