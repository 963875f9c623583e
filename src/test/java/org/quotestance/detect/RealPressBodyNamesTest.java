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

    @Test
    void aBodysOfficialsCapitalisedAtTheStartNameNoBodyCalledCompany() {
        Detected d = Detected.in("""
                Norvik recalls kettles

                Appliance maker Norvik is recalling 20,000 kettles, the firm announced on Monday.

                Norvik said it had no reason to think anyone was hurt.

                Company officials said they are working with regulators to trace the kettles.

                “Norvik is committed to the safety of its customers,” the company said.
                """);
        assertThat(d.speakerOf("committed to the safety")).isEqualTo("Norvik");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name).doesNotContain("Company");
    }

    @Test
    void aBodyOfSomethingIsOneBodyNotARoleBeforeAName() {
        Detected d = Detected.in("""
                Cabin crew serve strike notice

                The Federated Union of Harbour Pilots announced the strike shortly after midnight, saying notice had been served at 12:58 a.m.

                “This decision was not made lightly,” the union wrote in a bargaining update.

                The Union of Concerned Engineers said the dispute could spread to the ferries.
                """);
        assertThat(d.speakerOf("notice had been served")).isEqualTo("Federated Union of Harbour Pilots");
        assertThat(d.speakerOf("This decision was not made lightly")).isEqualTo("Federated Union of Harbour Pilots");
        assertThat(d.speakerOf("could spread to the ferries")).isEqualTo("Union of Concerned Engineers");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name)
                .doesNotContain("Harbour Pilots", "Concerned Engineers");
    }

    @Test
    void aCountryAfterACapitalisedWordIsABodysNameNotAPersonsName() {
        Detected d = Detected.in("""
                Flight attendants issue strike notice

                Air Namibia said negotiations with the union had reached an impasse.

                The airline said the demands of the union were unsustainable.
                """);
        assertThat(d.speakerOf("had reached an impasse")).isEqualTo("Air Namibia");
        assertThat(d.speakerOf("union were unsustainable")).isEqualTo("Air Namibia");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name).doesNotContain("Namibia");
    }

    @Test
    void aConstabularyIsABodyAndLateOnADayIsNoPartOfIt() {
        Detected d = Detected.in("""
                Police deny raid on minister's home

                The Kestrel Constabulary Force (KCF) has denied reports of a raid on the minister's home.

                A statement from the constabulary late on Wednesday evening said in full:

                “The KCF is aware of reports circulating on social media. These reports are false.”
                """);
        assertThat(d.speakerOf("These reports are false")).isEqualTo("Kestrel Constabulary Force");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name)
                .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("late"));
    }

    @Test
    void aCapitalisedParticleOpensABodysName() {
        Detected d = Detected.in("""
                Ministry denies talks

                Al Jazeera reported that the delegation had left the capital.

                De Beers said diamond sales fell by a third.

                Le Monde reported that the minister would resign.
                """);
        assertThat(d.speakerOf("delegation had left")).isEqualTo("Al Jazeera");
        assertThat(d.speakerOf("diamond sales fell")).isEqualTo("De Beers");
        assertThat(d.speakerOf("minister would resign")).isEqualTo("Le Monde");
    }

    @Test
    void aCapitalisedPrepositionInsideABodysNameKeepsTheName() {
        Detected d = Detected.in("""
                Missile strike hits clinic

                Aid agency Doctors Without Borders condemned a missile strike on one of its clinics, saying it had killed at least four people.

                Three staff members are among the wounded, the agency said in a statement.

                Mothers Against Drunk Driving said the new law would save lives.
                """);
        assertThat(d.speakerOf("killed at least four people")).isEqualTo("Doctors Without Borders");
        assertThat(d.speakerOf("among the wounded")).isEqualTo("Doctors Without Borders");
        assertThat(d.speakerOf("would save lives")).isEqualTo("Mothers Against Drunk Driving");
    }

    @Test
    void anAcronymIsTheBodyOfTheFullerNameWhenARunWasCutAtItsAnd() {
        Detected d = Detected.in("""
                Outbreak traced to cooling tower

                People are infected by inhaling droplets, according to the U.S. Centers for Disease Control and Prevention.

                Older people are most at risk, the CDC says.
                """);
        assertThat(d.speakerOf("most at risk")).isEqualTo("Centers for Disease Control and Prevention");
    }

    @Test
    void policeSayingSomethingIsTheForceNotItsNamedSpokesperson() {
        Detected d = Detected.in("""
                Four held over market fires

                Four people suspected of setting fire to markets have been arrested in Kitwe, police have confirmed.

                Police say they have also arrested a man recruiting youths.

                In a press release today, Police Spokesperson Ruth Banda says the four have been detained.
                """);
        assertThat(d.speakerOf("setting fire to markets")).isEqualTo("Police");
        assertThat(d.speakerOf("arrested a man recruiting")).isEqualTo("Police");
        assertThat(d.speakerOf("the four have been detained")).isEqualTo("Ruth Banda");
    }

    @Test
    void aNameAfterAWordForAKindOfBodyIsThatBodyAllThroughTheStory() {
        Detected d = Detected.in("""
                Kestrel Sports data breach hits ten million shoppers

                British sports clothing retailer Kestrel Sports has reported a data breach affecting ten million customers.

                The retailer said on January 30 that an outsider had reached a system holding order data. This covered orders from other group companies including Trailhead, Bracken and Fellsman.

                Kestrel Sports said the data accessed was “limited” and held no card numbers.

                The company said it was contacting those affected.
                """);
        assertThat(d.speakerOf("an outsider had reached")).isEqualTo("Kestrel Sports");
        assertThat(d.speakerOf("held no card numbers")).isEqualTo("Kestrel Sports");
        assertThat(d.speakerOf("contacting those affected")).isEqualTo("Kestrel Sports");
        assertThat(d.detection.speakers()).filteredOn(s -> s.name().equals("Kestrel Sports"))
                .extracting(org.quotestance.model.Speaker::type).containsOnly(org.quotestance.model.SpeakerType.ORGANISATION);
    }

    @Test
    void aForceNamedByItsPlaceSpeaksForItselfNotThroughItsNamedSpokesman() {
        Detected d = Detected.in("""
                Force denies seizing cash

                The Kestrel National police (KNP) has clarified that it has not seized any cash in Port Road.

                Police spokesman Moses Tarpeh said the rumour had been traced to a social media page.
                """);
        assertThat(d.speakerOf("has not seized any cash")).isEqualTo("The Kestrel National police");
        assertThat(d.speakerOf("traced to a social media page")).isEqualTo("Moses Tarpeh");
    }

    @Test
    void aMembersPossessiveInsideABodysNameKeepsTheName() {
        Detected d = Detected.in("""
                Ferry crews strike

                The Seafarers' Union walked out on Monday after talks collapsed.

                Crews are being asked to work longer rotations, the union says.

                The Teachers’ Union said the strike was justified.
                """);
        assertThat(d.speakerOf("work longer rotations")).isEqualTo("Seafarers' Union");
        assertThat(d.speakerOf("strike was justified")).isEqualTo("Teachers’ Union");
    }
    @Test
    void aPersonAfterABodyAndLowerCaseRoleWordsSpeaksAfterTheCue() {
        Detected d = Detected.in("""
                Rain diverted from the capital

                The National Weather Agency, or NWA, wants to seed the clouds before the storm arrives.

                “We should move the rain offshore,” said NWA cloud seeding division chief Dewi Hartono Sari. “The next three days matter most.”

                “The ferry must be replaced,” said Loch Ardan Ferry Group (LAFG) member Callum Rennie, before the meeting.

                “It was late again,” according to Loch Ardan Ferry Group (LAFG) treasurer Morag Innes.
                """);
        assertThat(d.speakerOf("We should move the rain offshore")).isEqualTo("Dewi Hartono Sari");
        assertThat(d.speakerOf("The next three days matter most")).isEqualTo("Dewi Hartono Sari");
        assertThat(d.speakerOf("The ferry must be replaced")).isEqualTo("Callum Rennie");
        assertThat(d.speakerOf("It was late again")).isEqualTo("Morag Innes");
    }
    @Test
    void aBusinessWordStandsForTheOneWordNameTheStoryKeepsUsing() {
        Detected d = Detected.in("""
                Wingers shuts restaurants in four states

                Wingers abruptly closed restaurants across four states on Tuesday, local outlets reported.

                Wingers said in a statement that the closed restaurants were owned by the chain itself.

                “We remain committed to our franchise partners,” the company said.
                """);
        assertThat(d.speakerOf("We remain committed to our franchise partners")).isEqualTo("Wingers");
    }

    @Test
    void notANameAPronounHasGivenAGender() {
        Detected d = Detected.in("""
                Plant to close

                Okafor told workers on Monday that he had tried to find a buyer for the plant.

                The company said the closure would take effect in March.
                """);
        assertThat(d.speakerOf("the closure would take effect")).isNotEqualTo("Okafor");
    }
    @Test
    void aStatesDisasterManagerAfterTheCueIsThePerson() {
        Detected d = Detected.in("""
                Cyclone nears the coast

                “We have taken a zero-casualty approach,” said Kerala state disaster manager Anil Kumar Nair.
                """);
        assertThat(d.speakerOf("zero-casualty approach")).isEqualTo("Anil Kumar Nair");
    }

    @Test
    void aTownAndItsStateInsideAnAppositionAreNoSpeaker() {
        Detected d = Detected.in("""
                Carmaker widens recall

                Dana Whitfield, a spokeswoman at the carmaker's U.S. sales unit in Torrance, Calif., said she did not know what the recall would cost.

                Omar Haddad, who runs a repair shop in Tulsa, Oklahoma, said he had seen no faulty pedals.
                """);
        assertThat(d.speakerOf("what the recall would cost")).isEqualTo("Dana Whitfield");
        assertThat(d.speakerOf("seen no faulty pedals")).isEqualTo("Omar Haddad");
    }

    @Test
    void aSubjectThatEndsInATownAndItsStateStillSpeaks() {
        Detected d = Detected.in("""
                Union to sue over plant closure

                The union representing laid-off workers at the soon-to-close Harmon plant in Elkhart, Ind., said Friday that it will sue the company.
                """);
        assertThat(d.speakerOf("it will sue the company")).startsWith("The union representing laid-off workers");
    }
}
