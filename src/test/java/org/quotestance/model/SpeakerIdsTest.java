package org.quotestance.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker ids are slugs of the canonical name; plain ASCII names take a shortcut that must agree with the full path. */
class SpeakerIdsTest {
    @Test
    void asciiNamesBecomeLowerCaseSlugs() {
        assertThat(SpeakerIds.forName("Pete Hegseth")).isEqualTo("pete-hegseth");
        assertThat(SpeakerIds.forName(" Gary Houser Jr. ")).isEqualTo("gary-houser-jr");
        assertThat(SpeakerIds.forName("U.S. Secretary of Defense")).isEqualTo("u-s-secretary-of-defense");
        assertThat(SpeakerIds.forName("--")).isEqualTo("speaker");
        assertThat(SpeakerIds.forName("")).isEqualTo("speaker");
    }

    @Test
    void accentsAndSpecialLettersAreSpelledInLatin() {
        assertThat(SpeakerIds.forName("Claire Dumont-Lefèvre")).isEqualTo("claire-dumont-lefevre");
        assertThat(SpeakerIds.forName("Siobhan O’Rourke")).isEqualTo("siobhan-o-rourke");
        assertThat(SpeakerIds.forName("Lars Sørensen")).isEqualTo("lars-sorensen");
        assertThat(SpeakerIds.forName("Eilean Mòr")).isEqualTo("eilean-mor");
    }
}
