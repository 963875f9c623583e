package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words a paper, an agency or a colleague passes on: "PTI quoted Malik as saying", "the Courier reported
 * Dlamini saying". The one named after the quoting verb said them, not the paper before it.
 */
class QuotedAsSayingTest {
    private static final String STORY = """
            Port strike talks stall for a third day

            Talks between the dock workers' union and the Harbour Authority broke down again on Friday, the Coastal Courier reported.

            “We are not going back to work for promises,” the Coastal Courier quoted union leader Thandiwe Dlamini as saying after the meeting.

            “The offer on the table is the best the authority can afford,” the state broadcaster reported Marcus Okafor saying, referring to the authority's chief negotiator.

            Okafor's deputy, Lindiwe Moyo, cited Dlamini as saying that the union would picket the container terminal from Monday.
            """;

    @Test
    void theOneQuotedAsSayingAfterAQuoteSpeaksNotThePaper() {
        Detected d = Detected.in(STORY);
        assertThat(d.speakerOf("We are not going back")).isEqualTo("Thandiwe Dlamini");
        assertThat(d.speakerOf("The offer on the table")).isEqualTo("Marcus Okafor");
    }

    @Test
    void theOneCitedAsSayingInReportedSpeechSpeaksNotTheColleagueWhoCitedThem() {
        Detected d = Detected.in(STORY);
        assertThat(d.speakerOf("the union would picket")).isEqualTo("Thandiwe Dlamini");
    }
}
