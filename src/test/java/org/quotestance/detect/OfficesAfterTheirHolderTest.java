package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader's office met right after its holder is quoted by name: "Marangoni said … / The Prime Minister
 * said …". Papers leave the office to the reader who knows it. Each test is on a story written for it.
 */
class OfficesAfterTheirHolderTest {
    @Test
    void theOfficeRightAfterAQuotedPersonIsThatPerson() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                In a statement on Sunday, Marangoni said the agreement with the seafarers' union would keep the island routes open.

                The Prime Minister said in part, “Nobody on the outer islands should wait a week for medicine again.”

                Union secretary Kerstin Vale said members would vote on the deal on Tuesday.
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isEqualTo("Marangoni");
    }

    @Test
    void notWhenThePersonBeforeHasAnotherRole() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                Kerstin Vale, the union's secretary, said the agreement would keep the island routes open.

                The Prime Minister said in part, “Nobody on the outer islands should wait a week for medicine again.”
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isNotEqualTo("Kerstin Vale");
    }

    @Test
    void notWhenSomeoneElseInTheStoryHoldsTheOffice() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                Marangoni said the agreement with the seafarers' union would keep the island routes open.

                The Prime Minister said, “Nobody on the outer islands should wait a week for medicine again.”

                Earlier, Prime Minister Hal Ostrander had called the strike reckless.
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isNotEqualTo("Marangoni");
    }
    @Test
    void anOfficeWrittenOutIsTheHolderOfItsInitials() {
        Detected d = Detected.in("""
                Bakery closure shocks town

                "My heart goes out to every family on that shift," said Riverside North MPP Dario Castellan.

                The Member of Provincial Parliament said he would ask the company to delay the closure.
                """);
        assertThat(d.speakerOf("delay the closure")).isEqualTo("Dario Castellan");
    }
}
