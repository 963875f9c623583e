package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

import static org.assertj.core.api.Assertions.assertThat;

/** Who said it: the attribution patterns of news copy, on stories written for these tests. */
class AttributionTest {
    @Test
    void speakerAfterTheQuoteInBothOrders() {
        Detected d = Detected.in("""
                “The dam is safe for now,” Water Authority chief Helena Brandt stated.

                “We have pumps on standby,” said Oskar Lind, the authority’s chief engineer.
                """);
        assertThat(d.speakerOf("dam is safe")).isEqualTo("Helena Brandt");
        assertThat(d.cueOf("dam is safe")).isEqualTo("stated");
        assertThat(d.speakerOf("pumps on standby")).isEqualTo("Oskar Lind");
        assertThat(d.speakerNamed("Oskar Lind").role()).isEqualTo("authority’s chief engineer");
        assertThat(d.speakerNamed("Helena Brandt").role()).isEqualTo("Water Authority chief");
    }

    @Test
    void speakerBeforeTheQuoteWithAColon() {
        Detected d = Detected.in("""
                Prime Minister Viktor Halas said: “Our answer will be measured.”

                Opposition leader Marta Kiss told reporters on Friday:

                “This government has no plan at all.”
                """);
        assertThat(d.speakerOf("measured")).isEqualTo("Viktor Halas");
        assertThat(d.speakerOf("no plan at all")).isEqualTo("Marta Kiss");
        assertThat(d.speakerNamed("Viktor Halas").role()).isEqualTo("Prime Minister");
    }

    @Test
    void splitQuoteAndContinuationInTheSameParagraph() {
        Detected d = Detected.in("""
                “The ferry will run again on Monday,” harbour master Ian Doyle said. “Until then, nobody sails.”
                """);
        assertThat(d.texts(QuoteKind.DIRECT)).containsExactly("The ferry will run again on Monday",
                "Until then, nobody sails");
        assertThat(d.speakerOf("nobody sails")).isEqualTo("Ian Doyle");
    }

    @Test
    void loneQuoteParagraphInheritsThePreviousSpeaker() {
        Detected d = Detected.in("""
                “We counted every ballot twice,” county clerk Maria Santos said on Tuesday.

                “There is no doubt about the result.”

                The losing candidate has until Friday to ask for a recount.
                """);
        assertThat(d.speakerOf("no doubt about the result")).isEqualTo("Maria Santos");
    }

    @Test
    void surnameAndTitleMentionsAreOneCanonicalSpeaker() {
        Detected d = Detected.in("""
                U.S. Secretary of the Interior Daniel Whitcombe said on Monday that the park would reopen in May.

                “The trails need another month of work,” Whitcombe said.
                """);
        assertThat(d.speakerOf("trails need")).isEqualTo("Daniel Whitcombe");
        Speaker s = d.speakerNamed("Daniel Whitcombe");
        assertThat(s.role()).isEqualTo("U.S. Secretary of the Interior");
        assertThat(s.aliases()).contains("Whitcombe");
        assertThat(s.id()).isEqualTo("daniel-whitcombe");
        assertThat(s.type()).isEqualTo(SpeakerType.PERSON);
    }

    @Test
    void pronounGoesToThePersonOfTheRightGender() {
        Detected d = Detected.in("""
                Senator Laura Finch met Governor Paul Ortega in the capital on Thursday. Finch said the talks were useful.

                Ortega was less upbeat. “We are far apart on the water rights,” he said.

                “I expect a deal before the summer,” she said.
                """);
        assertThat(d.speakerOf("far apart")).isEqualTo("Paul Ortega");
        assertThat(d.speakerOf("deal before the summer")).isEqualTo("Laura Finch");
    }

    @Test
    void pronounPrefersTheStoryPersonOverANameDroppedInPassing() {
        Detected d = Detected.in("""
                Trade Minister Samuel Okafor said on Monday that tariffs on steel would stay.

                Okafor’s decision echoed a plan first floated by President Adebayo’s predecessor.

                “We will not be a dumping ground,” he said.
                """);
        assertThat(d.speakerOf("dumping ground")).isEqualTo("Samuel Okafor");
    }

    @Test
    void organisationSpeaks() {
        Detected d = Detected.in("""
                “No decision has been taken on the base,” the Pentagon said in a statement.

                The Defense Ministry said that it had not been consulted.
                """);
        Speaker pentagon = d.speakerNamed("Pentagon");
        assertThat(pentagon.type()).isEqualTo(SpeakerType.ORGANISATION);
        assertThat(d.speakerOf("No decision")).isEqualTo("Pentagon");
        assertThat(d.speakerOf("had not been consulted")).isEqualTo("Defense Ministry");
    }

    @Test
    void anonymousSourcesAndGroups() {
        Detected d = Detected.in("""
                A senior European diplomat told Reuters that the sanctions package would be delayed.

                Some Baltic lawmakers criticized the delay, arguing it rewarded Moscow.

                “This is not the moment to blink,” one official said.
                """);
        Speaker anon = d.speakerNamed("A senior European diplomat");
        assertThat(anon.type()).isEqualTo(SpeakerType.ANONYMOUS);
        assertThat(anon.id()).startsWith("anon-");
        assertThat(d.speakerOf("sanctions package")).isEqualTo("A senior European diplomat");
        Speaker group = d.speakerNamed("Some Baltic lawmakers");
        assertThat(group.type()).isEqualTo(SpeakerType.GROUP);
        assertThat(d.speakerOf("rewarded Moscow")).isEqualTo("Some Baltic lawmakers");
        assertThat(d.speakerOf("not the moment to blink")).isEqualTo("One official");
    }

    @Test
    void formerSpokesmanWroteOnX() {
        Detected d = Detected.in("""
                “They gave away the harbor before the talks even began,” former Navy spokesman Peter Aldous wrote on X.
                """);
        assertThat(d.speakerOf("gave away the harbor")).isEqualTo("Peter Aldous");
        assertThat(d.cueOf("gave away the harbor")).isEqualTo("wrote");
        assertThat(d.speakerNamed("Peter Aldous").role()).isEqualTo("former Navy spokesman");
    }

    @Test
    void appositionAfterTheName() {
        Detected d = Detected.in("""
                Hugh Kerrigan, a doctor at the county hospital, said: “We ran out of beds on Saturday.”

                “The staff are exhausted,” Kerrigan added.
                """);
        assertThat(d.speakerOf("ran out of beds")).isEqualTo("Hugh Kerrigan");
        assertThat(d.speakerOf("staff are exhausted")).isEqualTo("Hugh Kerrigan");
    }

    @Test
    void headlineNameColonQuote() {
        Detected d = Detected.in("""
                Brandt: Flood Defences ‘Will Hold,’ Evacuation ‘Not Needed’

                Water Authority chief Helena Brandt said on Sunday that the flood defences would hold.
                """);
        assertThat(d.texts(QuoteKind.HEADLINE)).containsExactly("Will Hold", "Not Needed");
        assertThat(d.speakerOf("Will Hold")).isEqualTo("Helena Brandt");
    }

    @Test
    void partialQuoteTakesTheSpeakerOfItsSentence() {
        Detected d = Detected.in("""
                Mayor Ellen Varga said the city would seek “every cent the state owes us” before the winter.
                """);
        assertThat(d.quote("every cent", QuoteKind.PARTIAL)).isNotNull();
        assertThat(d.speakerOf("every cent")).isEqualTo("Ellen Varga");
    }

    @Test
    void partialQuoteAfterAParticipleCue() {
        Detected d = Detected.in("""
                “Our schools are full,” Superintendent Grace Mbeki said, adding that the district needed “at least two new buildings.”
                """);
        assertThat(d.speakerOf("at least two new buildings")).isEqualTo("Grace Mbeki");
        assertThat(d.cueOf("at least two new buildings")).isEqualTo("adding");
    }

    @Test
    void accordingToAndTheSpeakerAfterTheClause() {
        Detected d = Detected.in("""
                According to the fire department, the blaze started in a kitchen on the third floor.

                The blaze was put out within an hour, fire chief Dan Moss said.
                """);
        assertThat(d.speakerOf("blaze started")).isEqualTo("Fire department");
        assertThat(d.cueOf("blaze started")).isEqualTo("According to");
        assertThat(d.quote("put out within an hour", QuoteKind.INDIRECT).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(d.speakerOf("put out within an hour")).isEqualTo("Dan Moss");
    }

    @Test
    void theGeneralIsTheSpeakerIntroducedWithGen() {
        Detected d = Detected.in("""
                Senator Tom Reyes questioned Gen. Alma Whitaker, the head of the training command, on Tuesday.

                “We are short of instructors,” the general said. “That is the whole problem.”
                """);
        assertThat(d.speakerOf("short of instructors")).isEqualTo("Alma Whitaker");
    }

    @Test
    void aPlaceAfterOfIsNotAPerson() {
        Detected d = Detected.in("""
                Oksana Bilyk, the mayor of Odesa, visited the port. “The cranes are working again,” the mayor of Odesa said.

                “We rebuilt the pier in a month,” she said.
                """);
        assertThat(d.speakerOf("cranes are working")).isEqualTo("Oksana Bilyk");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Odesa"));
    }

    @Test
    void firstNameWithSirIsTheKnight() {
        Detected d = Detected.in("""
                Gen Sir Alistair Greaves, the former chief of staff, spoke first. Sir Alistair said the army was too small.
                """);
        assertThat(d.speakerOf("army was too small")).isEqualTo("Alistair Greaves");
    }

    @Test
    void aCompanyIsNeverHeOrShe() {
        Detected d = Detected.in("""
                Chief executive Ruth Amsel said Nordlight Systems would build the drones in Aarhus.

                Nordlight Systems said that the plant would open in May. “We are hiring welders,” she said.
                """);
        assertThat(d.speakerOf("hiring welders")).isEqualTo("Ruth Amsel");
    }
}
