package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cues that close a sentence after what was said ("…, said Hang while answering queries.", "…, she
 * claimed."), as ministry briefings and wire copy write them. Each test is on a story written for it.
 */
class RealPressClosingCuesTest {
    @Test
    void aClauseOfTheCircumstancesAfterAClosingCueEndsTheSpeakerPhrase() {
        Detected d = Detected.in("""
                Ministry urges restraint at sea

                Foreign Ministry spokeswoman Ana Marquez spoke at the weekly briefing on Thursday.

                The country is focusing on its year as regional chair, said Marquez while answering questions from reporters.

                The harbour plan is ready, port director Leo Brandt said after meeting the board.

                Talks with the fishing fleets will resume in March, he said when asked about the strike.
                """);
        assertThat(d.speakerOf("focusing on its year")).isEqualTo("Ana Marquez");
        assertThat(d.speakerOf("The harbour plan is ready")).isEqualTo("Leo Brandt");
        assertThat(d.speakerOf("Talks with the fishing fleets")).isEqualTo("Leo Brandt");
        assertThat(d.texts()).noneMatch(t -> t.startsWith("while answering") || t.startsWith("after meeting"));
    }

    @Test
    void aPronounAfterASentenceWithAClosingCueStandsForItsSpeakerNotForThePlaceThatSentenceIsAbout() {
        Detected d = Detected.in("""
                Tariff rise highest in the region, says consumer group

                The tariff rise in the state was higher than in any other, the head of a consumer lobby said on Thursday. Ravi Menon, chairman of the Kerala Vidyut Upabhokta Samithi, said Assam had raised its tariff by 4 per cent and Punjab by 2 per cent.

                While Delhi had cut its rates, Andhra Pradesh, Haryana and Bihar had not raised the tariff at all, he claimed. “The state government says the rise is due to fuel prices, but then why have other states not been hit,” he said.

                Despite the shortages, Tamil Nadu has kept its prices low for three years, he said.
                """);
        assertThat(d.speakerOf("Delhi had cut its rates")).isEqualTo("Ravi Menon");
        assertThat(d.speakerOf("why have other states not been hit")).isEqualTo("Ravi Menon");
        assertThat(d.speakerOf("Tamil Nadu has kept its prices")).isEqualTo("Ravi Menon");
    }

    @Test
    void aNameThatIsTheObjectOfTheClosingVerbIsNoSpeakerForTheNextPronoun() {
        Detected d = Detected.in("""
                Minister rejects attacks on government

                Labour Minister Petros Kallis spoke on the morning radio programme.

                Kallis, taking questions from listeners, dismissed Andreou’s criticisms as political games.

                He said the approach mirrored earlier attempts that had failed.
                """);
        assertThat(d.speakerOf("the approach mirrored")).isEqualTo("Petros Kallis");
    }

    @Test
    void aParticipleCueAfterASentenceWithNoCueBeforeItIsTheSubjectsNotTheLastNamesBeforeTheComma() {
        Detected d = Detected.in("""
                Foreign minister calls for ceasefire talks

                Foreign Minister Deniz Arslan called for ceasefire talks to begin after a forum in Antalya.

                Arslan met Russian Foreign Minister Sergei Volkov on March 1 during the forum, telling reporters that the two had discussed several issues, according to Reuters.
                """);
        assertThat(d.speakerOf("the two had discussed several issues")).isEqualTo("Deniz Arslan");
    }
}
