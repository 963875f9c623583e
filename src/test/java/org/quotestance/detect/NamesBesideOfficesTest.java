package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People whose names sit beside offices, seats and other people's names: letters of a seat after the
 * name, an office after the name whose closing comma the paper left out, and a name in a list that a
 * later "he said" is not about; a time between "who" and its cue; and a subheading in title case.
 */
class NamesBesideOfficesTest {
    @Test
    void lettersOfASeatAfterANameAreNoPartOfIt() {
        Detected d = Detected.in("""
                Ambulance waits grow

                Shadow Health Minister Carys Pryce MS said the figures were a disgrace.

                “We need more beds now,” said Ontario opposition critic Harjit Sandhu MPP.

                Dublin Bay North TD Aoife Byrne said the hospital needed a second theatre.
                """);
        assertThat(d.speakerOf("a disgrace")).isEqualTo("Carys Pryce");
        assertThat(d.speakerNamed("Carys Pryce").roles()).contains("Shadow Health Minister");
        assertThat(d.speakerOf("more beds now")).isEqualTo("Harjit Sandhu");
        assertThat(d.speakerOf("a second theatre")).isEqualTo("Aoife Byrne");
    }

    @Test
    void anOfficeAfterANameWithoutItsClosingCommaLeavesTheNameSpeaking() {
        Detected d = Detected.in("""
                Health board apologises for delays

                Nia Rowlands, deputy chief executive and director of nursing for the Glasfryn Health Board said: “I apologise to everyone who has waited too long.”

                Inspector Tomas Vidal, head of the burglary unit in Port Royal says the thefts began in January.

                The Glasfryn Health Board said it would publish new figures in May.
                """);
        assertThat(d.speakerOf("I apologise to everyone")).isEqualTo("Nia Rowlands");
        assertThat(d.speakerNamed("Nia Rowlands").roles()).anyMatch(r -> r.contains("director of nursing"));
        assertThat(d.speakerOf("the thefts began in January")).isEqualTo("Tomas Vidal");
        assertThat(d.speakerOf("publish new figures")).isEqualTo("Glasfryn Health Board");
    }

    @Test
    void aNameInAListIsNotWhomTheNextHeSaidIsAbout() {
        Detected d = Detected.in("""
                Police hold opposition figures

                Commander Baraka Mollel told journalists that fourteen party members had been arrested on Monday.

                He said the arrests followed a ban on marches in the city.

                Those held include officials Peter Ngowi, Omari Kibwana, Paulo Mushi and Salum Bakari.

                He said the police would keep the ban in place until the weekend.
                """);
        assertThat(d.speakerOf("keep the ban in place")).isEqualTo("Baraka Mollel");
    }

    @Test
    void aTimeBetweenWhoAndTheCueKeepsTheSpeakerBeforeWho() {
        Detected d = Detected.in("""
                Premier softens tone

                The premier of the islands, Losana Vaipulu, who last November told Henry Marsh of Channel 9 that he “had much to learn about manners”, this week gave him an interview.
                """);
        assertThat(d.speakerOf("had much to learn about manners")).isEqualTo("Losana Vaipulu");
    }

    @Test
    void aTitleCaseSubheadingNamesNoOneTheOfficeCouldStandFor() {
        Detected d = Detected.in("""
                Relief only within our means, says minister

                Federal Finance Minister Tariq Qureshi has said that relief can only be given within the country's means.

                Finance Minister Defends Higher Salaries of Judges and Senators

                Asked about the pay rise, the Finance Minister said, “Their salaries were last raised eight years ago.”
                """);
        assertThat(d.speakerOf("last raised eight years ago")).isEqualTo("Tariq Qureshi");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().contains("Defends"));
    }

    @Test
    void anOfficeHolderNamedOnlyInTheHeadlineIsTheOfficeInTheStory() {
        Detected d = Detected.in("""
                Governor Anika Sorensen: bank is ‘watching the data’ as prices rise

                In her latest remarks, the bank governor said the board was “watching the data” as it came in.

                She said rates would stay where they are for now.
                """);
        assertThat(d.speakerOf("rates would stay")).isEqualTo("Anika Sorensen");
        assertThat(d.speakerOf("the board was")).isEqualTo("Anika Sorensen");
    }

    @Test
    void aRoleModifierAloneIsNoOnesName() {
        Detected d = Detected.in("""
                Rates row goes on

                Former two-term district councillor Mere Tawhiri, who once campaigned with a chainsaw, went further this week.

                “I would cut the rates again tomorrow,” she said.
                """);
        assertThat(d.speakerOf("cut the rates again")).isEqualTo("Mere Tawhiri");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Former"));
    }

    @Test
    void theShortFormOfAnOfficeFindsItsHolderWhenTheOfficeHasTwoShortForms() {
        Detected d = Detected.in("""
                Premier defends overseas trips

                Prime Minister Ayesha Grant has defended her overseas travel.

                “It means business,” the PM said.

                Scottish Labour MSP for Fife North, Callum Reid has vowed to fight the closure.

                The MSP said any closure would be a disaster for the town.
                """);
        assertThat(d.speakerOf("It means business")).isEqualTo("Ayesha Grant");
        assertThat(d.speakerOf("a disaster for the town")).isEqualTo("Callum Reid");
        assertThat(d.speakerNamed("Callum Reid").roles()).contains("Scottish Labour MSP for Fife North");
    }

    @Test
    void accordingToAfterANameIsNoOfficeOfThatName() {
        Detected d = Detected.in("""
                Body found in search for missing runner

                County Sheriff Dale Whitcomb updated the public on Friday night.

                Searchers found a body believed to be Lena Harper, according to the Sheriff.

                The Sheriff says a bond hearing may be held as soon as Monday.
                """);
        assertThat(d.speakerOf("a bond hearing may be held")).isEqualTo("Dale Whitcomb");
    }

    @Test
    void anOfficeWrittenWithItsBodysInitialsFindsTheHolderOfTheOfficeWrittenOut() {
        Detected d = Detected.in("""
                Cedi steadies, says central bank

                The Governor of the Bank of Tema, Dr Kwaku Mensah, has said that the cedi is now stable.

                The BoT Governor noted that hard policy choices had paid off.

                The plan was agreed at a courtesy call received by the Pacific Fisheries Forum Chair and Prime Minister Sione Vete from the visiting delegation.

                The PFF Chair said the new quotas would protect tuna stocks.
                """);
        assertThat(d.speakerOf("hard policy choices")).isEqualTo("Kwaku Mensah");
        assertThat(d.speakerNamed("Kwaku Mensah").roles()).containsExactly("Governor of the Bank of Tema");
        assertThat(d.speakerOf("protect tuna stocks")).isEqualTo("Sione Vete");
    }
}
