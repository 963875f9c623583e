package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes that a seventh blind round (a British tabloid transfer story, an Indian daily, an
 * Australian public broadcaster, a US local TV site, a health wire and a wire full of anonymous
 * sources) showed the detector getting wrong; each test is on text written for it.
 */
class BlindSevenShapesTest {
    @Test
    void janBeforeASurnameIsAFirstNameAndBeforeADayIsTheMonth() {
        Detected d = Detected.in("""
                Dairy quotas return

                By Mara Quint

                Senator Jan Moravec of the Agrarian Party said the quota would return on Jan 15.

                Dutch MEP Jan Brouwer told reporters the vote had been moved to the Jan plenary.
                """);
        assertThat(d.speakerOf("quota would return")).isEqualTo("Jan Moravec");
        assertThat(d.speakerOf("vote had been moved")).isEqualTo("Jan Brouwer");
    }

    @Test
    void aPersonWithHerEmployerIsTheSpeakerNotTheEmployer() {
        Detected d = Detected.in("""
                Lorry overturns on bypass

                By Mara Quint

                Trooper Kyle Benning with the Idaho State Police says the driver was not hurt.

                Lt. Rosa Imhoff with the Boise Fire Department said crews had cleared the diesel by noon.
                """);
        assertThat(d.speakerOf("driver was not hurt")).isEqualTo("Kyle Benning");
        assertThat(d.speakerOf("cleared the diesel")).isEqualTo("Rosa Imhoff");
    }

    @Test
    void aPersonIntroducedWithRoleWordsTheLexiconDoesNotKnowIsWhoHeStandsFor() {
        Detected d = Detected.in("""
                Floods cut off valley

                By Mara Quint

                Regional engineer Hamish Lowe said the bridge would stay shut until Friday.

                On the high street, retired beekeeper Ron Tully, 80, was carrying sandbags into his shop.

                "I have seen three of these floods and this is the worst," he said.
                """);
        assertThat(d.speakerOf("three of these floods")).isEqualTo("Ron Tully");
    }

    @Test
    void aSentenceOpeningWithButStillHasItsSubject() {
        Detected d = Detected.in("""
                Museum sale row

                By Mara Quint

                Trustee Owen Pryce defended the sale.

                But museum director Carla Ness, who joined last spring, went further on Friday.

                "We would do it again tomorrow," she said.
                """);
        assertThat(d.speakerOf("do it again tomorrow")).isEqualTo("Carla Ness");
    }

    @Test
    void theForecasterIsTheBodyThatIssuedTheWarning() {
        Detected d = Detected.in("""
                Snow closes passes

                By Mara Quint

                Three mountain passes are shut under an amber snow warning issued by Met Éireann on Monday.

                The forecaster said up to 20cm could fall on high ground overnight.
                """);
        assertThat(d.speakerOf("20cm could fall")).isEqualTo("Met Éireann");
    }

    @Test
    void aSpokespersonForANamedBodyIsAnUnnamedSource() {
        Detected d = Detected.in("""
                Grain deal stalls

                By Mara Quint

                A spokesperson for the World Trade Organization said the talks would resume in March.

                A spokesman for the European Investment Bank declined to comment, saying only that the loan was under review.
                """);
        assertThat(d.speakerOf("talks would resume")).isEqualTo("A spokesperson for the World Trade Organization");
        assertThat(d.speakerOf("loan was under review")).isEqualTo("A spokesman for the European Investment Bank");
    }

    @Test
    void sourcesCloseToAGovernmentAreNotThatGovernmentNorAnotherOne() {
        Detected d = Detected.in("""
                Budget talks

                By Mara Quint

                The Swedish government has said it wants a smaller budget.

                Sources close to the Austrian government said Vienna would decide at the last moment.

                The Austrian government said it had not yet made up its mind.
                """);
        assertThat(d.speakerOf("Vienna would decide")).isEqualTo("Sources close to the Austrian government");
        assertThat(d.speakerOf("not yet made up its mind")).isNotEqualTo("Swedish government");
    }

    @Test
    void oneAndAnotherAfterAGroupSpeakForIt() {
        Detected d = Detected.in("""
                Club sells its captain

                By Mara Quint

                Angry supporters flooded the club's page with comments.

                One wrote: "Twenty years of loyalty and this is how it ends."

                Another posted: "Sell the board instead."

                One pal told the Courier: "He is gutted, honestly."
                """);
        assertThat(d.speakerOf("Twenty years of loyalty")).isEqualTo("Angry supporters");
        assertThat(d.speakerOf("Sell the board")).isEqualTo("Angry supporters");
        assertThat(d.speakerOf("He is gutted")).isEqualTo("One pal");
    }

    @Test
    void aMakerAndItsModelAfterAYearAreNoPerson() {
        Detected d = Detected.in("""
                Tram derails

                By Mara Quint

                The tram, a 2016 Stadtler Coach Meridian, came off the rails at the depot.

                Stadtler Coach said in a statement that it would send engineers.
                """);
        assertThat(d.speakerOf("send engineers")).isEqualTo("Stadtler Coach");
    }

    @Test
    void anUnnamedSourceKeepsWhereItIsFrom() {
        Detected d = Detected.in("""
                Fishing quotas

                By Mara Quint

                The cuts are too deep, according to two officials from coastal member states.

                "This will empty the harbours," said an official from one of those states.
                """);
        assertThat(d.speakerOf("cuts are too deep")).isEqualTo("Two officials from coastal member states");
        assertThat(d.speakerOf("empty the harbours")).isEqualTo("An official from one of those states");
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly("This will empty the harbours");
    }

    @Test
    void aDefiniteSourceGoesBackToTheOneJustIntroducedNotTheOneWhoSpokeEarlier() {
        Detected d = Detected.in("""
                Port strike

                By Mara Quint

                "We are close to a deal," said one union official, who asked not to be named.

                A second official disagreed.

                "Nobody has seen a written offer," the official said.
                """);
        assertThat(d.speakerOf("close to a deal")).isEqualTo("One union official");
        assertThat(d.speakerOf("Nobody has seen")).isEqualTo("A second official");
    }

    @Test
    void aBodyThatPostedSomethingIsTheSourceAndWhatWasPostedIsNoClause() {
        Detected d = Detected.in("""
                Ferry runs aground

                By Mara Quint

                According to an Instagram post from the Harbour Police, the ferry was carrying 40 passengers.

                The skipper posted a video of the rescue on his own account.

                Harbour master Ines Rocha says nobody was hurt and that Tuesday's sailings are cancelled.
                """);
        assertThat(d.speakerOf("carrying 40 passengers")).isEqualTo("Harbour Police");
        assertThat(d.texts(QuoteKind.INDIRECT)).noneMatch(t -> t.contains("video of the rescue"));
        assertThat(d.texts(QuoteKind.INDIRECT)).anyMatch(t -> t.startsWith("nobody was hurt"));
    }

    @Test
    void aClauseMayOpenWithADayInThePossessive() {
        Detected d = Detected.in("""
                Gritting review

                By Mara Quint

                Council engineer Tomas Weir says Friday's inspection found cracks in two culverts.
                """);
        assertThat(d.texts(QuoteKind.INDIRECT)).containsExactly("Friday's inspection found cracks in two culverts");
    }

    @Test
    void aStudyWithNoBodyNamedAndAJournalAfterTheCueStillGiveReportedSpeech() {
        Detected d = Detected.in("""
                Walking and memory

                By Mara Quint

                Walking slowed memory loss in people over 70, according to a two-year Finnish study released on Tuesday.

                The effect was strongest in women, the authors reported in The Journal of Ageing Research.
                """);
        assertThat(d.speakerOf("slowed memory loss")).isEqualTo("A two-year Finnish study");
        assertThat(d.texts(QuoteKind.INDIRECT)).contains("The effect was strongest in women");
    }

    @Test
    void aBodyWhoseNameHasAnAndKeepsItWhole() {
        Detected d = Detected.in("""
                Tick season

                By Mara Quint

                Cases of Lyme disease rose by a fifth last year, according to the Centers for Disease Control and Prevention.

                The Department of Agriculture and Food said it would fund more research. Perez and Ortiz said it was not enough.
                """);
        assertThat(d.speakerOf("Lyme disease rose")).isEqualTo("Centers for Disease Control and Prevention");
        assertThat(d.speakerOf("fund more research")).isEqualTo("Department of Agriculture and Food");
        assertThat(d.speakerOf("not enough")).isNotEqualTo("Perez and Ortiz");
    }

    @Test
    void claimsBySomeoneThatReportTheirWords() {
        Detected d = Detected.in("""
                Market row

                By Mara Quint

                Mayor Ruth Akers rejected claims from several traders that the market was being "run into the ground".
                """);
        assertThat(d.speakerOf("run into the ground")).isEqualTo("Several traders");
        assertThat(d.texts(QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void aRoleGivenBeforeANameInAppositionIsThatPersonsRole() {
        Detected d = Detected.in("""
                Series preview

                By Mara Quint

                Ireland coach Niall Byrne said his side would pick two spinners. The Wales coach, Rhian Pugh, was more cautious.

                The Wales coach added that the forecast rain would decide it.
                """);
        assertThat(d.speakerOf("forecast rain")).isEqualTo("Rhian Pugh");
    }

    @Test
    void aTextThatEndsOnACueLooksNoFurther() {
        Detected d = Detected.in("It rained all week, according to");
        assertThat(d.quotes()).isEmpty();
    }

    @Test
    void aBodysTitleBeforeASurnameMakesAPerson() {
        Detected d = Detected.in("""
                Harbour dues

                By Mara Quint

                Harbour Board Chairman Ellis said the dues would rise in April.
                """);
        assertThat(d.speakerOf("dues would rise")).isEqualTo("Ellis");
        assertThat(d.detection.speakers().get(0).type()).isEqualTo(org.quotestance.model.SpeakerType.PERSON);
    }
}
