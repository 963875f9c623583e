package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies whose names real reports write with "of the", in lower case, or with the channel between
 * them and the cue. Each test is on a story written for it.
 */
class RealPressBodyNamesTest {
    @Test
    void ofTheInsideABodysNameKeepsTheWholeName() {
        Detected d = Detected.in("""
                Court rejects election petition

                The Appellate Division of the Territorial Court yesterday dismissed the petition, saying “the statute sets no such test”.

                The University of the Southern Isles said the ruling would not affect its law faculty.

                The Bank of the Eastern Islands said deposits were safe.
                """);
        assertThat(d.speakerOf("the statute sets no such test")).isEqualTo("Appellate Division of the Territorial Court");
        assertThat(d.speakerOf("would not affect its law faculty")).isEqualTo("University of the Southern Isles");
        assertThat(d.speakerOf("deposits were safe")).isEqualTo("Bank of the Eastern Islands");
    }

    @Test
    void aLowerCaseDescriptionOfABodyNamedWithOfIsThatBody() {
        Detected d = Detected.in("""
                Former mayor held abroad

                A former mayor accused of fraud has been arrested abroad, the Coastal Department of Justice said.

                Police detained him at an airport on Thursday, the justice department said in a statement.

                He faces extradition, the department said.
                """);
        assertThat(d.speakerOf("detained him at an airport")).isEqualTo("Coastal Department of Justice");
        assertThat(d.speakerOf("He faces extradition")).isEqualTo("Coastal Department of Justice");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name).doesNotContain("Coastal Department");
    }

    @Test
    void theChannelBetweenABodyAndItsCueIsNoPartOfItsName() {
        Detected d = Detected.in("""
                Two suspects held

                The regional interior ministry in a statement said police units had arrested two suspects.

                The ministry of defence said troops had secured the border crossing.

                The spokesman to the ministry of interior said “both men were recruiters for the group”.
                """);
        assertThat(d.speakerOf("police units had arrested")).isEqualTo("Regional interior ministry");
        assertThat(d.speakerOf("troops had secured")).isEqualTo("Ministry of defence");
        assertThat(d.speakerOf("both men were recruiters")).isEqualTo("The spokesman to the ministry of interior");
    }

    @Test
    void aBodysInitialsAndItsFullNameAreOneSpeakerWhicheverComesFirst() {
        Detected d = Detected.in("""
                PUC rejects rate rise

                The state Public Utilities Commission today dismissed a $120 million rate request by two utilities.

                The PUC said the rise was not warranted at this time.

                The Harbour Pilots Association (HPA) decided not to invite the minister to its conference.

                But the HPA said it had not invited him at all.
                """);
        assertThat(d.speakerOf("not warranted at this time")).isEqualTo("Public Utilities Commission");
        assertThat(d.speakerOf("had not invited him")).isEqualTo("Harbour Pilots Association");
        assertThat(d.speakerNamed("Harbour Pilots Association").aliases()).contains("HPA");
    }

    @Test
    void aBodyItsOwnSentenceGoesOnToNameIsNotTheOneThatSpeaks() {
        Detected d = Detected.in("""
                Lender reinstates chief executive

                In line with a directive of the Central Bank of Eastland (CBE), the management of Riverside Bank has reinstated its chief executive.

                The bank said it was cooperating with the CBE and other regulators.
                """);
        assertThat(d.speakerOf("cooperating with the CBE")).isEqualTo("Riverside Bank");
    }

    @Test
    void aLoneWordFindsTheFullNameItOpensOnlyWhenItIsAKnownGivenNameOrHasATitle() {
        Detected d = Detected.in("""
                Carmaker admits test failings

                The Kestrel Corolla was among seven models found to have been certified with inadequate data.

                Kestrel said there was no need for owners to stop driving the affected vehicles.

                Sir Richard Avery, the company's chairman, apologised. Sir Richard said the testing would be reviewed.
                """);
        assertThat(d.speakerOf("no need for owners")).isEqualTo("Kestrel");
        assertThat(d.speakerOf("testing would be reviewed")).isEqualTo("Richard Avery");
    }

    @Test
    void aCompanyThatOnlyTheHeadlineNamesIsTheOneThatSpeaks() {
        Detected d = Detected.in("""
                Layoffs loom at Brightwater Turbines, union says

                Union officials are bracing for job cuts at the blade plant, but the company said it would not speculate about what it called rumours.

                About 4,000 people work at the site on the edge of town.

                “We are reviewing every line of the business,” the company said in a statement.
                """);
        assertThat(d.speakerOf("would not speculate")).isEqualTo("Brightwater Turbines");
        assertThat(d.speakerOf("reviewing every line")).isEqualTo("Brightwater Turbines");
    }

    @Test
    void aTitleCaseHeadlineLendsNoBody() {
        Detected d = Detected.in("""
                This Is What The Airline Had To Say About The Delays

                Passengers waited for six hours at the gate on Friday.

                “We regret any inconvenience this may cause,” the company said.
                """);
        assertThat(d.speakerOf("We regret any inconvenience")).isEqualTo("Company");
    }

    @Test
    void theUnionIsTheOneAssociationAndThePartyTheOneCongress() {
        Detected d = Detected.in("""
                Nurses to strike at county hospital

                Nurses at Marlow County Hospital will strike for one day from Monday, the Westland Nurses Association said.

                The hospital said it was disappointed and would keep its emergency department open.

                During the strike, the union said, nurses will still staff a patient protection team.

                The Progressive Congress accused the county of ignoring the nurses for a year.

                The party said the strike could have been avoided.
                """);
        assertThat(d.speakerOf("nurses will still staff")).isEqualTo("Westland Nurses Association");
        assertThat(d.speakerOf("could have been avoided")).isEqualTo("Progressive Congress");
    }

    @Test
    void notWhenTwoBodiesCouldBeTheUnion() {
        Detected d = Detected.in("""
                Port talks collapse

                Dockers will walk out on Friday, the Harbour Workers Federation said.

                Pilots will not cross picket lines, the Dock Pilots Association said.

                Ships queued outside the harbour all morning as the tide turned.

                Late on Thursday, the union said, talks had broken down over night shifts.
                """);
        assertThat(d.speakerOf("talks had broken down")).isNotIn("Harbour Workers Federation", "Dock Pilots Association");
    }
}
