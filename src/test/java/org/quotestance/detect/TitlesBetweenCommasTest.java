package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offices written around a name in shapes a plain apposition read misses: a title and its unit each between
 * commas, an apposition whose closing comma is missing, a town and state after the employer, a wire's dateline
 * before an office with its acronym in brackets, and offices named again by their acronyms or as a past office.
 * Each test is on a story written for it.
 */
class TitlesBetweenCommasTest {
    @Test
    void aTitleAndItsUnitBetweenCommasBelongToTheNameBeforeThem() {
        Detected d = Detected.in("""
                Army says patrols cleared three camps

                ABUJA — Colonel Tunde Adeyemi-Briggs, Acting Director, Army Public Relations, said the patrols had cleared three camps near the border.

                He added that no soldier was hurt.
                """);
        assertThat(d.speakerOf("the patrols had cleared three camps")).isEqualTo("Tunde Adeyemi-Briggs");
    }

    @Test
    void anOfficeAtABodyWithoutItsClosingCommaIsThePersonBeforeIt() {
        Detected d = Detected.in("""
                Schools to stay shut during caretakers' strike

                Parents in Glenrothy were told on Monday that most schools would close for two days.

                Morag Keillor, head of learning and families at Glenrothy Council said: “We cannot open buildings safely without caretakers on site.”
                """);
        assertThat(d.speakerOf("We cannot open buildings safely")).isEqualTo("Morag Keillor");
    }

    @Test
    void aTownAndStateAfterTheEmployerAreNotTheSpeaker() {
        Detected d = Detected.in("""
                Steelmakers upbeat on import rules

                Dana Oyelaran, chief financial officer for Harlow Steel Corp., Millbrook, Ohio, remarked that orders were the strongest in six years.

                Peter Vance, chairman of Northgate Metals Inc., Fort Larkin, Indiana, noted that prices had held since spring.
                """);
        assertThat(d.speakerOf("orders were the strongest")).isEqualTo("Dana Oyelaran");
        assertThat(d.speakerOf("prices had held since spring")).isEqualTo("Peter Vance");
    }

    @Test
    void aWireDatelineAndABracketedOfficeAcronymLeadToTheHolder() {
        Detected d = Detected.in("""
                Opposition accuses government over port deal

                Kozhikode, Feb 3 (IANS) Leader of the Opposition (LoP) R.K. Menon on Monday stepped up his attack on the government, alleging that the port contract had been rewritten in secret.

                The ruling front dismissed the charge.
                """);
        assertThat(d.speakerOf("the port contract had been rewritten")).isEqualTo("R.K. Menon");
    }

    @Test
    void theBodyAndOfficeAcronymsAreThePersonWhoseRoleNamesBoth() {
        Detected d = Detected.in("""
                Commission promises calm vote in Ondo

                INEC acting Resident Electoral Commissioner, REC, in Ondo State, Dr Halima Bakare, said all parties had signed the peace accord.

                The INEC REC said: “We will not announce any result that was not counted in the open.”
                """);
        assertThat(d.speakerOf("We will not announce any result")).isEqualTo("Halima Bakare");
    }

    @Test
    void aPastOfficeWithExIsTheProfiledPerson() {
        Detected d = Detected.in("""
                Opposition leader takes vote count to court

                The leader of the opposition Unity Party, Kwabena Asare Boateng, has asked the Supreme Court to order a second round of voting.

                According to the Ex-President, the figures released by the commission show that no candidate won a majority.
                """);
        assertThat(d.speakerOf("no candidate won a majority")).isEqualTo("Kwabena Asare Boateng");
    }

    @Test
    void anHonorificAndSurnameInAppositionHoldTheOffice() {
        Detected d = Detected.in("""
                Strike lengthened surgery lists, says Minister

                The strike added 2,100 patients to surgery lists, according to the Minister for Health, Mr Garvan.

                The Minister said he would meet the hospital boards this week.
                """);
        assertThat(d.speakerOf("The strike added 2,100 patients")).isEqualTo("Garvan");
        assertThat(d.speakerOf("he would meet the hospital boards")).isEqualTo("Garvan");
    }

    @Test
    void initialsRunTogetherWithFullStopsArePartOfTheName() {
        Detected d = Detected.in("""
                Court asks state to explain delay

                Justice B.K. Ramaswamy said the state had offered no reason for the delay.

                P.T. Usha Menon, counsel for the petitioners, said the families had waited nine years.
                """);
        assertThat(d.speakerOf("the state had offered no reason")).isEqualTo("B.K. Ramaswamy");
        assertThat(d.speakerOf("the families had waited nine years")).isEqualTo("P.T. Usha Menon");
    }

    @Test
    void aTitleInAppositionToAnHonorificNameIsTheOfficeTheTitleLaterNames() {
        Detected d = Detected.in("""
                Central bank to publish committee votes

                Dr. Kwesi Ampofo, Governor, Bank of Akwamu, has proposed publishing how each committee member voted.

                The Governor said the change would help markets read the committee's thinking.
                """);
        assertThat(d.speakerOf("the change would help markets")).isEqualTo("Kwesi Ampofo");
    }

    @Test
    void aTeamsNameAndARoleNounAfterTheCueComeBeforeTheSpeaker() {
        Detected d = Detected.in("""
                Crash mars mountain stage

                Several riders fell on the descent into Valloire.

                “My helmet saved me today,” said Quickstep rider Vandermeulen.
                """);
        assertThat(d.speakerOf("My helmet saved me today")).isEqualTo("Vandermeulen");
    }

    @Test
    void anOfficesAcronymThenItsProvincesIsTheOfficeHolder() {
        Detected d = Detected.in("""
                Police chief promises model force for border district

                Inspector General of Police Sargodha Rashid Mahmood has said that the district police would get new vehicles.

                Officers should look ahead instead of at the past, the IGP SR said, adding that training would begin in March.
                """);
        assertThat(d.speakerOf("Officers should look ahead")).endsWith("Rashid Mahmood");
    }

    @Test
    void theOfficeOfABodyIsNotTheBody() {
        Detected d = Detected.in("""
                Strike will hit services, says hospital chief

                The Chief Executive of Trentham’s hospitals said the strike would force some operations to be moved.

                Anthony Marsh, chief executive of the trust, said staff had planned for weeks.
                """);
        assertThat(d.speakerOf("the strike would force some operations")).isEqualTo("Anthony Marsh");
    }
}
