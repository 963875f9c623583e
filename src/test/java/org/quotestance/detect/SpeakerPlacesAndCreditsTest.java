package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a speaker is and who passed the words on: a place after "in" or "from" is not the speaker
 * before it, a bracketed acronym does not hide the name after a long office, and "according to" after
 * a quote that already names its speaker credits the report, not a clause of its own.
 */
class SpeakerPlacesAndCreditsTest {
    @Test
    void aPlaceAfterInOrFromBelongsToTheSpeakerBeforeIt() {
        Detected d = Detected.in("""
                Ferry fares to rise in spring

                A harbour pilot in Stornoway said that the new fares would drive islanders away.

                Port spokeswoman Alys Pennant in Holyhead confirmed the timetable would be cut in March.

                A fisherman from Kirkwall has branded the rise “daylight robbery” on local radio.

                Residents in Tobermory told the council that they had not been consulted.
                """);
        assertThat(d.speakerOf("drive islanders away")).isEqualTo("A harbour pilot in Stornoway");
        assertThat(d.speakerOf("timetable would be cut")).isEqualTo("Alys Pennant");
        assertThat(d.speakerOf("daylight robbery")).isEqualTo("A fisherman from Kirkwall");
        assertThat(d.speakerOf("had not been consulted")).startsWith("Residents");
        assertThat(d.detection.speakers()).noneMatch(s -> s.name().equals("Stornoway") || s.name().equals("Holyhead")
                || s.name().equals("Kirkwall"));
    }

    @Test
    void aBodyOrAKnownPersonAfterInOrFromStaysTheSpeaker() {
        Detected d = Detected.in("""
                Council backs new library

                A letter from Margaret Oduya said the reading room should stay open on Sundays.

                Campaigners from Greenpeace said the roof should carry solar panels.
                """);
        assertThat(d.speakerOf("stay open on Sundays")).isEqualTo("Margaret Oduya");
        assertThat(d.speakerOf("solar panels")).contains("Greenpeace");
    }

    @Test
    void aBracketedAcronymInALongOfficeAfterAQuoteDoesNotHideTheName() {
        Detected d = Detected.in("""
                Nurses walk out of pay talks

                “We are walking out because nobody is listening to us,” the General Secretary of the Allied Nurses and Midwives Association of Kaduna (ANMAK), Hauwa Bello told reporters.

                “The offer on the table is an insult to every ward in the state,” the Deputy Public Relations Officer of the Kaduna State Ministry of Health (KSMOH), Idris Lawal said.
                """);
        assertThat(d.speakerOf("nobody is listening")).isEqualTo("Hauwa Bello");
        assertThat(d.speakerOf("an insult to every ward")).isEqualTo("Idris Lawal");
        assertThat(d.quotes()).noneMatch(q -> q.text(d.text).contains("General Secretary"));
    }

    @Test
    void accordingToAfterAnAttributedQuoteCreditsTheReportNotAClause() {
        Detected d = Detected.in("""
                Families meet the premier

                “Our aim is to bring every one of them home,” Premier Dana Whitlock told relatives of the crew, according to a statement from her office.

                The talks will resume next week, according to a statement from her office.
                """);
        assertThat(d.speakerOf("bring every one of them home")).isEqualTo("Dana Whitlock");
        assertThat(d.quotes()).noneMatch(q -> q.text(d.text).contains("told relatives"));
        assertThat(d.find("The talks will resume next week")).isPresent();
    }

    @Test
    void aParticiplePhraseAfterANameInQuotesIsNoOfficeOfTheSpeakerAfterIt() {
        Detected d = Detected.in("""
                Minister opens export week

                Addressing the 'Niryat Utsav Samapan', organised by the Council of Coastal Exporters (CCE), Meera Kulkarni said exporters would get faster refunds.

                “We want to widen our reach a little, so to speak,” in terms of new markets, commissioner Arun Bhat said.
                """);
        assertThat(d.find("Niryat Utsav Samapan")).isEmpty();
        assertThat(d.speakerOf("exporters would get faster refunds")).isEqualTo("Meera Kulkarni");
        assertThat(d.speakerOf("widen our reach")).isEqualTo("Arun Bhat");
    }

    @Test
    void aMissionGoesByThePlaceItIsInAndACountryOpeningABodysNameStaysInIt() {
        Detected d = Detected.in("""
                Visitors warned after robberies

                The Canadian Embassy in Lisbon said visitors should keep their passports in hotel safes.

                The embassy said police had stepped up patrols near the old town.

                Portugal Telecom said its phone lines for tourists would stay open all night.
                """);
        assertThat(d.speakerOf("keep their passports")).isEqualTo("Canadian Embassy in Lisbon");
        assertThat(d.speakerOf("stepped up patrols")).isEqualTo("Canadian Embassy in Lisbon");
        assertThat(d.speakerOf("stay open all night")).isEqualTo("Portugal Telecom");
    }

    @Test
    void accordingToAPaperWhoseClauseNamesItsOwnSpeakerGivesThatSpeaker() {
        Detected d = Detected.in("""
                Minister hits back at reporters

                According to the Harbour Daily News, Okafor stressed that reporters may ask questions but ministers may correct them.

                According to a Coastline Times report, Ms Adeyemi claimed that the new port would bring ten thousand jobs.

                According to a senior aide, Okafor has told both governors that the budget will pass.
                """);
        assertThat(d.speakerOf("ministers may correct them")).isEqualTo("Okafor");
        assertThat(d.speakerOf("ten thousand jobs")).isEqualTo("Adeyemi");
        assertThat(d.speakerOf("the budget will pass")).isEqualTo("A senior aide");
    }
}
