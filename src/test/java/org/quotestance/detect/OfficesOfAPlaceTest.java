package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The mayor of Port Ellery acknowledged …" in the lede and "Mayor Dana Whitfield said" further down: an office
 * that names its own place or body is held by the one person the story gives that title alone. Each test is on
 * a story written for it.
 */
class OfficesOfAPlaceTest {
    @Test
    void theOfficeOfAPlaceIsThePersonWithThatTitle() {
        Detected d = Detected.in("""
                Flood warnings came too late, city admits

                PORT ELLERY — The mayor of Port Ellery acknowledged on Friday that the city had failed to warn residents along the creek before the water rose.

                “If the first knock on your door is a firefighter in a boat, we have failed you,” Mayor Dana Whitfield said at a news conference.

                Fire chief Omar Lindqvist said crews had rescued 40 people overnight.
                """);
        assertThat(d.speakerOf("the city had failed to warn")).isEqualTo("Dana Whitfield");
    }

    @Test
    void aTitleWithAnotherWordBeforeItIsAnotherOffice() {
        Detected d = Detected.in("""
                Minister praises dawn service

                The Minister for Rural Affairs says the reception at the showgrounds was warm and respectful.

                Tane Hoskins joined the morning programme from the showgrounds.

                Prime Minister Harold Quigley was also at the service.
                """);
        assertThat(d.speakerOf("the reception at the showgrounds")).isNotEqualTo("Harold Quigley");
    }

    @Test
    void aTitleHeldElsewhereIsNotThisPlacesOffice() {
        Detected d = Detected.in("""
                Mayors split over bridge tolls

                The mayor of Port Ellery said the tolls would fall hardest on commuters.

                Kelso Mayor Ruth Abernethy welcomed the plan, saying the bridge had to be paid for somehow.
                """);
        assertThat(d.speakerOf("fall hardest on commuters")).isNotEqualTo("Ruth Abernethy");
    }

    @Test
    void aDistrictCollectorIsAnOffice() {
        Detected d = Detected.in("""
                Curfew eased in Rampur, Collector Meera Pillai appeals for calm

                With parts of Rampur still tense, Collector Meera Pillai on Sunday appealed to residents not to believe rumours spread online.

                Speaking to reporters, the Rampur Collector said that the curfew would be relaxed for four hours on Monday.
                """);
        assertThat(d.speakerOf("the curfew would be relaxed")).isEqualTo("Meera Pillai");
    }
}
