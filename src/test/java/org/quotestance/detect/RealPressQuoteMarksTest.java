package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotation marks as real papers set them, wrongly or in single straight marks (the reports were
 * read, not kept; each test is on text written for it).
 */
class RealPressQuoteMarksTest {
    @Test
    void anOpeningMarkWithSpaceOnBothSidesClosesTheOpenQuote() {
        Detected d = Detected.in("""
                Budget passes

                Mayoral hopefuls spoke against the budget.

                “This budget was written without asking anyone, “ Judy Marsh said, calling the survey a “token gesture” to the public.
                """);
        assertThat(d.texts()).contains("This budget was written without asking anyone", "token gesture");
        assertThat(d.speakerOf("written without asking anyone")).isEqualTo("Judy Marsh");
        assertThat(d.speakerOf("token gesture")).isEqualTo("Judy Marsh");
    }

    @Test
    void aPluralPossessiveInsideSingleStraightMarksIsAnApostropheWhenAClosingMarkFollows() {
        Detected d = Detected.in("""
                Council workers to be balloted

                Union leader Jack Dorsey said the pay offer was too low.

                'The ball is back in the employers' court. If they refuse to move, we will ballot our members,' he said.

                The minister said the department faced 'hard choices' after the review. 'I will not pretend this is good news,' she added.
                """);
        assertThat(d.texts()).contains("The ball is back in the employers' court. If they refuse to move, we will ballot our members");
        assertThat(d.speakerOf("ball is back")).isEqualTo("Jack Dorsey");
        assertThat(d.texts()).contains("hard choices", "I will not pretend this is good news");
    }

    @Test
    void doubleBackticksThatCloseAsWellAsOpen() {
        Detected d = Detected.in("""
                Union calls strike

                ``The talks are continuing,`` Rosa Weller said, ``but a settlement is unlikely tonight.``

                She added, ``There will be pickets across the country.``
                """);
        assertThat(d.texts()).contains("The talks are continuing", "but a settlement is unlikely tonight",
                "There will be pickets across the country");
        assertThat(d.speakerOf("pickets across the country")).isEqualTo("Rosa Weller");
    }
}
