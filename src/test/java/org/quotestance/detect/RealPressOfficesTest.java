package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and offices as agency and government copy writes them: a middle initial after a long office, a
 * chief's title before a president's name, a name with no first name we know before "of" a place, an
 * office over a body ("the head of the … Delegation"), an office whose portfolio runs into a capitalised
 * word, the one person a story quotes holding the office it later names alone, a Polynesian ʻokina, and
 * a wire's bracketed credit before a colon. Each test is on a story written for it.
 */
class RealPressOfficesTest {
    @Test
    void aMiddleInitialAfterALongOfficeStaysInsideTheName() {
        Detected d = Detected.in("""
                Envoy pledges support for port upgrade

                The Deputy Minister of Trade, Owen M. Lassiter, called on the governor at the port authority on Tuesday.

                Mr Lassiter said the two countries would sign a shipping agreement before the end of the year.
                """);
        assertThat(d.speakerOf("sign a shipping agreement")).isEqualTo("Owen M. Lassiter");
    }

    @Test
    void aChiefsTitleBeforeAPresidentsNameGivesNoGender() {
        Detected d = Detected.in("""
                Coastal security tops the agenda

                President Nana Kwabena Asante-Boadu has said the security of the coast is the first concern of the region.

                The President made the point when the visiting envoy, Mr Harold Pike, called on him at the castle.

                The President said elections in December would be peaceful.

                He said the government was preparing for the vote.
                """);
        assertThat(d.speakerOf("preparing for the vote")).isEqualTo("Kwabena Asante-Boadu");
    }

    @Test
    void aFullNameBeforeOfAPlaceSpeaksEvenWithAFirstNameNoListHas() {
        Detected d = Detected.in("""
                Council split over short-term rentals

                Councilwoman Dora Pilcher said the houses were changing her district.

                Temperance Oyelaran of Riverside said, "We have a row of them on our street and nobody knows who sleeps there."
                """);
        assertThat(d.speakerOf("nobody knows who sleeps there")).isEqualTo("Temperance Oyelaran");
    }

    @Test
    void theHeadOfANamedBodyIsAPersonAndTheOneQuotedInTheStory() {
        Detected d = Detected.in("""
                Agency warns over school shelters

                Pupils in the region still learn in corridors, according to a statement by the head of the Relief Agency office in Norland, Ingrid Solvang.

                "Children hide in corridors and shelters," Solvang noted.

                "No pupil should learn in a corridor," the head of the Relief Agency Delegation emphasised.
                """);
        assertThat(d.speakerOf("No pupil should learn")).isEqualTo("Ingrid Solvang");
    }

    @Test
    void anOfficeWhosePortfolioEndsOnACapitalisedWordIsNoPersonOfThatName() {
        Detected d = Detected.in("""
                Minister pledges funds for old forts

                MARDAN, Nov 06 (NPA): Caretaker Minister for Coastal Forts and Heritage, Dilshad Qureshi Monday pledged funds for the restoration of three forts.

                The minister said that a new museum would open in the spring.
                """);
        assertThat(d.speakerOf("a new museum would open")).isEqualTo("Dilshad Qureshi");
    }

    @Test
    void theMinisterIsTheOnePersonTheStoryQuotesWhenNoRoleOfTheirsSaysOtherwise() {
        Detected d = Detected.in("""
                Residents urged to report strangers

                #Avalon, May 3, 2024 – Port Lyle – Minister of Transport, Hon. Aldous Pennington, is urging commuters to report broken lights at bus shelters.

                "If you see a shelter in the dark, call the depot," the Minister said.

                Mr. Pennington, who spoke at the depot on Friday, said repairs would take two weeks.
                """);
        assertThat(d.speakerOf("If you see a shelter in the dark")).isEqualTo("Aldous Pennington");
    }

    @Test
    void theMayorOfAPlaceIsStillNotTheOnePersonQuoted() {
        Detected d = Detected.in("""
                Landslide cuts road again

                Ruth Amberg, a bus driver from Lyngen, has waited a day at the barrier.

                The mayor of Sorvik has said the town will "not be cut off again" after the slide.

                "I have water for two more days," Ruth Amberg said.
                """);
        assertThat(d.speakerOf("not be cut off again")).isNotEqualTo("Ruth Amberg");
    }

    @Test
    void anOkinaOpensAPolynesianName() {
        Detected d = Detected.in("""
                Deputy premier backs police chief

                Tongan Deputy Prime Minister ʻAlapati Vainikolo says the police commissioner is doing his job honestly.

                The Deputy Prime Minister said more officers would be trained next year.
                """);
        assertThat(d.speakerOf("police commissioner is doing his job")).isEqualTo("ʻAlapati Vainikolo");
        assertThat(d.speakerOf("more officers would be trained")).isEqualTo("ʻAlapati Vainikolo");
    }

    @Test
    void aWireCreditBeforeAColonIsNoSpeaker() {
        Detected d = Detected.in("""
                Island government denies rift

                (CNS): The Antigua and Barbuda government is maintaining that its relationship with Grenada “is as good as it has ever been," playing down a rift between the two neighbours.
                """);
        assertThat(d.speakerOf("is as good as it has ever been")).isNotEqualTo("CNS");
    }

    @Test
    void anAmbassadorInTheLedeIsThePrinceNamedAfterTheNextOpeningPhrase() {
        Detected d = Detected.in("""
                Envoy welcomes new president

                RIYADH: Qatar’s ambassador to the United Kingdom has welcomed the new government, saying that he “prefers deeds” over speeches.

                In a long interview with the Gulf Courier, Prince Faisal bin Nasser said that he sees the two countries growing closer.
                """);
        assertThat(d.speakerOf("prefers deeds")).isEqualTo("Faisal bin Nasser");
    }

    @Test
    void aHospitalThatSpokeUnderItsOwnNameIsTheHospitalLater() {
        Detected d = Detected.in("""
                Ward closed after infections

                In a statement, The Marlowe said three inpatients at its cancer ward had tested positive.

                Two ward nurses have since tested positive and several staff are at home.

                The hospital said contact tracing had not yet found the source.
                """);
        assertThat(d.speakerOf("contact tracing had not yet found")).isEqualTo("Marlowe");
    }

    @Test
    void aMonthAfterAGivenNameIsASurname() {
        Detected d = Detected.in("""
                Patients slept on hospital floor

                Prime Minister Theresa May has apologised for the delays, saying she knows that cancelled operations were “difficult and disappointing”.
                """);
        assertThat(d.speakerOf("cancelled operations were")).isEqualTo("Theresa May");
    }

    @Test
    void anIrishDeputyPrimeMinistersTitleJoinsTheOfficeBeforeTheName() {
        Detected d = Detected.in("""
                Gardaí assist UK inquiry

                The Tánaiste has said gardaí are “offering every support” to their UK counterparts after an arrest.

                In a statement this evening, the Tánaiste and Minister for Justice Orla Keating said that “everything required is being done”.
                """);
        assertThat(d.speakerOf("offering every support")).isEqualTo("Orla Keating");
    }

    @Test
    void anOfficeOverTwoFieldsJoinedByAndIsTheRoleOfTheNameAfterIt() {
        Detected d = Detected.in("""
                Minister defends remarks on trade

                Colombo, Feb 21 - Minister of Ports and Fisheries Lalith Gunaratne told Parliament today that the island owed its neighbour a great deal.

                “We are indebted to our neighbours,” the Minister said.
                """);
        assertThat(d.speakerOf("We are indebted")).isEqualTo("Lalith Gunaratne");
    }

    @Test
    void anOfficeOverFieldsOfACountryIsNoPersonNamedAfterTheCountry() {
        Detected d = Detected.in("""
                Minister comments on leaders' call

                ASTANA. KAZINFORM The Minister of Information and Communications of Kyrgyzstan, Almaz Beishenov commented on the call between the two presidents.

                "Another thing that was discussed is trade," the Minister said.
                """);
        assertThat(d.speakerOf("Another thing that was discussed")).isEqualTo("Almaz Beishenov");
    }

    @Test
    void aTownAndAColonOpeningTheStoryIsADatelineNotTheSubject() {
        Detected d = Detected.in("""
                Will hand over case if needed, says chief minister

                Chikkamagaluru: Karnataka Chief Minister Siddaramaiah said the state had taken the blast seriously. He also said that the opposition should not play politics over the issue.
                """);
        assertThat(d.speakerOf("should not play politics")).isEqualTo("Siddaramaiah");
    }

    @Test
    void anHonorificAfterAnOfficesFieldStartsTheHoldersName() {
        Detected d = Detected.in("""
                Minister dismisses rumours of governor rule

                KARACHI: Minister of Interior Sheikh Rafiq on Thursday dismissed rumours about governor rule in the province.

                The minister said earlier that the operation against bandits was up to the mark.

                Prime Minister Omar Jatoi did not comment.
                """);
        assertThat(d.speakerOf("operation against bandits")).isEqualTo("Rafiq");
    }

    @Test
    void anHonorificBetweenTwoNameWordsIsPartOfTheName() {
        Detected d = Detected.in("""
                Rockets hit village, no damage

                At least four rockets crashed in the village, Hawar Sheikh Najm, the head of the district administration told reporters, adding that no damage had been done.

                Officials in the city, led by mayor Karwan Aziz, said the roads were open.
                """);
        assertThat(d.speakerOf("no damage had been done")).isEqualTo("Hawar Sheikh Najm");
    }

    @Test
    void aCapitalAWithAFullStopIsAnInitialNotTheArticle() {
        Detected d = Detected.in("""
                Chief minister credits his predecessors

                Hyderabad: Telangana Chief Minister A. Ravindra Rao made notable remarks on Sunday, acknowledging the work of former chief ministers. He said both leaders had shaped the city's growth.
                """);
        assertThat(d.speakerOf("both leaders had shaped")).isEqualTo("A. Ravindra Rao");
    }

    @Test
    void twoFieldsJoinedByAndBelongToTheOfficeBeforeTheNameInCommas() {
        Detected d = Detected.in("""
                Sanitation guards to stay

                The Minister of Sanitation and Water Resources, Abena Owusu-Ansah, said the guards would stay in the markets.
                """);
        assertThat(d.speakerOf("the guards would stay")).isEqualTo("Abena Owusu-Ansah");
    }

    @Test
    void anOfficeWrittenOutInFullIsThePersonWhoseShortRoleSharesItsField() {
        Detected d = Detected.in("""
                Clean city promise will be kept

                Sanitation Minister Ama Boatemaa Owusu says the promise to make the capital the cleanest city will be kept.

                Health Minister Kwaku Asante said clinics would stay open.

                “The guards will stay in the markets,” the Minister of Sanitation and Water Resources said.
                """);
        assertThat(d.speakerOf("The guards will stay")).isEqualTo("Ama Boatemaa Owusu");
    }

    @Test
    void theHeadOfStateIsThePresidentNotHisDeputy() {
        Detected d = Detected.in("""
                President warns ministers

                President Uhuru Kamau has issued a stern warning to cabinet ministers.

                Deputy President Willis Ruto was also present.

                The Head of State had earlier chaired a cabinet meeting. He said ministers who are not ready to work can quit.
                """);
        assertThat(d.speakerOf("ministers who are not ready")).isEqualTo("Uhuru Kamau");
    }

    @Test
    void aPluralOfficeBeforeTwoNamesIsNoPersonNamedAfterIt() {
        Detected d = Detected.in("""
                Two-province summit ends; Premiers Hurst and Lavoie give an update

                March 3, 2021, Ontario Premier Dale Hurst and Quebec Premier Marc Lavoie spoke to reporters after the summit.

                Afterwards, Premiers Hurst and Lavoie answered questions about the pandemic in both provinces.

                When asked whether the province would publish the figures, Premier Hurst said that he did not believe in naming struggling firms.
                """);
        assertThat(d.speakerOf("naming struggling firms")).isEqualTo("Dale Hurst");
    }

    @Test
    void anOfficeWithAPlaceAfterAccordingToLeavesTheNameInAppositionToSpeak() {
        Detected d = Detected.in("""
                Cult leaders arrested in raid

                According to the police spokesperson in Oyo state, Adebayo Okonkwo, the arrested men are responsible for several killings in the area.
                """);
        assertThat(d.speakerOf("responsible for several killings")).isEqualTo("Adebayo Okonkwo");
        assertThat(d.texts()).contains("the arrested men are responsible for several killings in the area");
    }

    @Test
    void aPoliceRankInCapitalsBeforeTheNameIsNoPartOfIt() {
        Detected d = Detected.in("""
                Suspects held after robbery

                According to a statement by the Police Public Relations Officer, SP Musa Danladi, the suspects were captured by a joint team.

                SSP Grace Achieng said the riders were being mobilised by a gang.
                """);
        assertThat(d.speakerOf("captured by a joint team")).isEqualTo("Musa Danladi");
        assertThat(d.speakerOf("riders were being mobilised")).isEqualTo("Grace Achieng");
    }

    @Test
    void anOfficesShortFormLaterIsThePersonWhoHoldsTheOfficeWrittenOut() {
        Detected d = Detected.in("""
                Opposition will grow if we fail, says state CM

                Karnataka Chief Minister Ravi Shankar Gowda on Saturday said the opposition could never be wiped out.

                Speaking to reporters after opening a park in Mysuru, the Karnataka CM said, "The opposition can never be zero, but it can shrink if the government performs."

                Trinamool Lok Sabha member Sougata Mitra, who led the delegation, said the poll panel had ignored the party.

                "How can people have faith in them," Mitra asked. The Trinamool MP also alleged that the panel was working for the Centre.
                """);
        assertThat(d.speakerOf("opposition can never be zero")).isEqualTo("Ravi Shankar Gowda");
        assertThat(d.speakerOf("panel was working for the Centre")).isEqualTo("Sougata Mitra");
    }

    @Test
    void initialsWithoutFullStopsAfterATitleBelongToTheName() {
        Detected d = Detected.in("""
                Charge sheet within a week

                "The motives will be revealed in a week," said Police Commissioner A Arun, who took charge three days ago.

                The Commissioner further stated that a financial investigation had begun.

                Public Works Minister P A Mohamed Riyas said the opposition was hiding its failures.

                The minister himself admitted that the road works were late.
                """);
        assertThat(d.speakerOf("motives will be revealed")).isEqualTo("A Arun");
        assertThat(d.speakerOf("financial investigation had begun")).isEqualTo("A Arun");
        assertThat(d.speakerOf("hiding its failures")).isEqualTo("P A Mohamed Riyas");
        assertThat(d.speakerOf("road works were late")).isEqualTo("P A Mohamed Riyas");
    }

    @Test
    void anUnnamedSpokespersonForSomeoneIsTheSpokespersonNamedLater() {
        Detected d = Detected.in("""
                Court to decide ballot law

                LITTLE ROCK — The fate of the new ballot law will be decided by the state Supreme Court, a spokesman for Attorney General Dana Whitfield said Wednesday.

                "We are currently considering our options," Whitfield spokesman Aaron Pruitt said.
                """);
        assertThat(d.speakerOf("decided by the state Supreme Court")).isEqualTo("Aaron Pruitt");
    }

    @Test
    void aNameAfterAnOfficeCitedByAccordingToIsWhatTheSourceToldOf() {
        Detected d = Detected.in("""
                One suspect shot as six are held

                "The suspects had a camp here," said Luke Okello, the city police deputy spokesperson.

                The arrested suspects were identified as Hamidu Ssali and Peter Mukasa.

                According to the deputy spokesperson, Mukasa was shot in the leg when an officer's gun went off.
                """);
        assertThat(d.speakerOf("shot in the leg")).isEqualTo("Luke Okello");
    }

    @Test
    void anOpeningAdjectivePhraseIsNoName() {
        Detected d = Detected.in("""
                Rates for the council to decide

                Present at the Leadership Summit, Nirmala Rao, Finance Minister, said that the rate structure will be decided by the council.

                The FM also said that direct tax collection grew this year.
                """);
        assertThat(d.speakerOf("rate structure")).isEqualTo("Nirmala Rao");
        assertThat(d.speakerOf("direct tax collection")).isEqualTo("Nirmala Rao");
    }

    @Test
    void anAcronymInBracketsInsideTheOfficeStillLeavesTheNameAfterItToSpeak() {
        Detected d = Detected.in("""
                Roadblock suspects held

                The Public Relations Officer of the Federal Capital Territory (FCT) Police Command, Anjuguri Manza, in a statement on Thursday, said the suspects were arrested by the lockdown team.

                The statement added that residents could call the control room.
                """);
        assertThat(d.speakerOf("arrested by the lockdown team")).isEqualTo("Anjuguri Manza");
        assertThat(d.speakerOf("call the control room")).isEqualTo("Anjuguri Manza");
    }

    @Test
    void theChiefOfAFieldIsThePersonWhoseRoleIsInThatField() {
        Detected d = Detected.in("""
                Capitol fire was arson, police say

                Police Inspector General Gregory Toe said officers received a call that the Capitol was on fire.

                Toe has urged Representative Frank Kollie to turn himself in or risk being arrested.

                The police chief said the fire had all the elements of foul play.
                """);
        assertThat(d.speakerOf("elements of foul play")).isEqualTo("Gregory Toe");
    }

    @Test
    void aPluralOfficeBeforeListedNamesIsNoPartOfTheFirstName() {
        Detected d = Detected.in("""
                Sheriff budget restored

                Commissioners Fletcher Hayes and Joyce Evans voted for the amendment on Tuesday.

                "What I am amending is the money that was cut," Hayes said.
                """);
        assertThat(d.speakerOf("What I am amending")).isEqualTo("Fletcher Hayes");
    }

    @Test
    void anOfficeOpeningTheSentenceBeforeAnHonorificAndNameIsTheirRole() {
        Detected d = Detected.in("""
                Electricity Minister, Dr Kgosi Molefe, says stage 6 power cuts cannot be a norm.

                Molefe apologised to the public for the cuts.

                The Electricity Minister says the cuts remain unacceptable and disrupt lives.
                """);
        assertThat(d.speakerOf("remain unacceptable")).isEqualTo("Kgosi Molefe");
    }

    @Test
    void theMpTheLedeIsAboutIsTheMpWhoTweets() {
        Detected d = Detected.in("""
                MP defends naming asylum hotels

                Paul Brisco dismissed a request that he and other MPs should stop naming hotels used to house asylum seekers.

                The Fenwick MP tweeted tonight: "Local people can see what is happening. Transparency is key."
                """);
        assertThat(d.speakerOf("Transparency is key")).isEqualTo("Paul Brisco");
    }

    @Test
    void anotherCountrysMinisterIsNotTheForeignMinisterOfThisOne() { // a guard: the honorific no longer hides his office
        Detected d = Detected.in("""
                Gas deal moves ahead

                Lebanon's Minister of Foreign Affairs, Dr. Karim Haddad, received a phone call from his counterpart on Monday.

                Jordan's foreign minister has informed his Lebanese counterpart that the delegation had asked US officials for help.
                """);
        assertThat(d.speakerOf("delegation had asked US officials")).isNotEqualTo("Karim Haddad");
    }

    @Test
    void twoOfficesJoinedByAndBeforeANameAreBothItsRole() {
        Detected d = Detected.in("""
                Minister briefs diplomats on protest

                On Wednesday, Deputy Prime Minister and Foreign Minister Ishaq Rana addressed the handling of the protest.

                The Deputy Prime Minister said the government acted with restraint throughout.
                """);
        assertThat(d.speakerOf("acted with restraint")).isEqualTo("Ishaq Rana");
    }

    @Test
    void aZoneEndsTheOfficeNotStartsTheName() {
        Detected d = Detected.in("""
                Militant numbers down, says police chief

                Srinagar: Inspector General of Police Kashmir Zone Vijay Sharma on Wednesday said that militant numbers continue to come down.

                The IGP said that the woman had been identified.
                """);
        assertThat(d.speakerOf("militant numbers continue")).isEqualTo("Vijay Sharma");
        assertThat(d.speakerOf("woman had been identified")).isEqualTo("Vijay Sharma");
    }

    @Test
    void aNameAfterTheBodyOfAnOfficeIsTheHolderNotPartOfTheBody() {
        Detected d = Detected.in("""
                Coaching change outrageous, says board chief

                The decision to bring in new coaching staff a month before the World Cup is outrageous, says president of the Barbados Cricket Association Conde Rollock.

                He hinted that the captain was unhappy with the move.
                """);
        assertThat(d.speakerOf("is outrageous")).isEqualTo("Conde Rollock");
        assertThat(d.speakerOf("captain was unhappy")).isEqualTo("Conde Rollock");
    }

    @Test
    void anOfficeInAHeadlineWithoutItsArticleIsTheHolderNamedInTheStory() {
        Detected d = Detected.in("""
                Northwind CEO: ‘No possibility’ pilots strike on holidays

                Northwind Air Lines CEO Ed Barstow told reporters on Monday that there was no chance of a strike at Thanksgiving.

                Barstow said the talks would go on.
                """);
        assertThat(d.speakerOf("No possibility")).isEqualTo("Ed Barstow");
    }
}
