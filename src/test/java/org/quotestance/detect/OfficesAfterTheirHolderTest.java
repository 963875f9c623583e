package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader's office met right after its holder is quoted by name: "Marangoni said … / The Prime Minister
 * said …". Papers leave the office to the reader who knows it. Each test is on a story written for it.
 */
class OfficesAfterTheirHolderTest {
    @Test
    void theOfficeRightAfterAQuotedPersonIsThatPerson() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                In a statement on Sunday, Marangoni said the agreement with the seafarers' union would keep the island routes open.

                The Prime Minister said in part, “Nobody on the outer islands should wait a week for medicine again.”

                Union secretary Kerstin Vale said members would vote on the deal on Tuesday.
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isEqualTo("Marangoni");
    }

    @Test
    void notWhenThePersonBeforeHasAnotherRole() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                Kerstin Vale, the union's secretary, said the agreement would keep the island routes open.

                The Prime Minister said in part, “Nobody on the outer islands should wait a week for medicine again.”
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isNotEqualTo("Kerstin Vale");
    }

    @Test
    void notWhenSomeoneElseInTheStoryHoldsTheOffice() {
        Detected d = Detected.in("""
                Ferry strike ends after late-night talks

                Marangoni said the agreement with the seafarers' union would keep the island routes open.

                The Prime Minister said, “Nobody on the outer islands should wait a week for medicine again.”

                Earlier, Prime Minister Hal Ostrander had called the strike reckless.
                """);
        assertThat(d.speakerOf("Nobody on the outer islands")).isNotEqualTo("Marangoni");
    }
    @Test
    void anOfficeWrittenOutIsTheHolderOfItsInitials() {
        Detected d = Detected.in("""
                Bakery closure shocks town

                "My heart goes out to every family on that shift," said Riverside North MPP Dario Castellan.

                The Member of Provincial Parliament said he would ask the company to delay the closure.
                """);
        assertThat(d.speakerOf("delay the closure")).isEqualTo("Dario Castellan");
    }

    @Test
    void theInitialsOfAnOfficeAreItsHolder() {
        Detected d = Detected.in("""
                Coastal licence bill heads to second reading

                Attorney General Corinne Mabry said the bill gave wardens no power they did not already have.

                The AG described the criticism as "scaremongering" and stressed that no law went before parliament unchecked.

                Chief Justice Elias Okonedo said the courts would hear the first appeals in spring.

                The CJ observed that appeals on coastal licences had doubled in two years.
                """);
        assertThat(d.speakerOf("no law went before parliament")).isEqualTo("Corinne Mabry");
        assertThat(d.speakerOf("appeals on coastal licences had doubled")).isEqualTo("Elias Okonedo");
    }

    @Test
    void notTheInitialsOfABodyThatPersonWorksFor() {
        Detected d = Detected.in("""
                Reservoir levels fall again

                Harbour Water Authority engineer Miles Tenby said the dry spring had cut inflows by a third.

                The HWA said it would ask households to save water from Monday.
                """);
        assertThat(d.speakerOf("ask households to save water")).isNotEqualTo("Miles Tenby");
    }

    @Test
    void anOfficeNamingItsCountryIsTheHolderWhoseRoleSaysSoWithAPossessive() {
        Detected d = Detected.in("""
                Raids on cannabis farms

                Vanuatu's Police Commissioner Taviti Lenoma has warned anyone growing cannabis in the hills.

                "We will come, and we will shut it down," warns the Vanuatu Police Commissioner.
                """);
        assertThat(d.speakerOf("we will shut it down")).isEqualTo("Taviti Lenoma");
    }

    @Test
    void anOfficeQualifiedByItsSeatOrCompanyIsTheOneHolderOfTheBareOffice() {
        Detected d = Detected.in("""
                Land sales anger coastal families

                Member of Parliament Aldous Nkansah has condemned the sale of family land to developers.

                "Families now hold meetings in rented rooms, and that is regrettable," the Kessock MP stated.

                At the launch, CEO Marta Lindgren said the new handset would reach shops in March.

                "Nobody should expect a cheap phone," the Orbitel CEO said.
                """);
        assertThat(d.speakerOf("Families now hold meetings")).isEqualTo("Aldous Nkansah");
        assertThat(d.speakerOf("Nobody should expect a cheap phone")).isEqualTo("Marta Lindgren");
    }

    @Test
    void notAHolderWhoseRoleNamesAnotherCompany() {
        Detected d = Detected.in("""
                Phone makers cut prices

                Orbitel CEO Marta Lindgren said the new handset would reach shops in March.

                Union leader Pat Quinn said workers would strike on Monday.

                "Nobody should expect a cheap phone," the Vantix CEO said.
                """);
        assertThat(d.speakerOf("Nobody should expect a cheap phone")).isNotEqualTo("Marta Lindgren");
    }

    @Test
    void notAHolderWhoseOfficeLacksThePortfolioNamedAfterIt() {
        Detected d = Detected.in("""
                Budget talks stall

                Prime Minister Tomas Hale said the cabinet would meet again on Friday.

                Union leader Pat Quinn said nurses would march on Monday.

                The Minister for Rural Development says the roads programme will go ahead.
                """);
        assertThat(d.speakerOf("the roads programme will go ahead")).isNotEqualTo("Tomas Hale");
    }

    @Test
    void anOfficeSeatedInABodyKeepsItsWholeTitle() {
        Detected d = Detected.in("""
                Minister blames landlords for fire

                Minister in the Presidency Lindiwe Mokoena, responding to the deadly fire, said the government was not responsible for housing.

                But the minister denied that the fire was a sign of a housing problem.
                """);
        assertThat(d.speakerOf("not responsible for housing")).isEqualTo("Lindiwe Mokoena");
        assertThat(d.speakerOf("a sign of a housing problem")).isEqualTo("Lindiwe Mokoena");
    }

    @Test
    void theChiefSuptIsTheChiefSuperintendentNamedBefore() {
        Detected d = Detected.in("""
                Cannabis haul seized in harbour town

                The seizure was described by Garda Chief Superintendent Conor Hegarty as the biggest in years.

                The Chief Supt said the size of the seizure showed the demand for drugs in the area.
                """);
        assertThat(d.speakerOf("showed the demand for drugs")).isEqualTo("Conor Hegarty");
    }

    @Test
    void aPersonsSpokesmanIsNotTheNextPersonTheStoryNames() {
        Detected d = Detected.in("""
                Targets called ambitious

                Downing Street has said the climate targets are ambitious.

                Gordon Blakeley’s official spokesman said: “It will be a major challenge for the whole country.”

                Tony Ashworth signed up to the targets in March, before he resigned as prime minister.
                """);
        assertThat(d.speakerOf("a major challenge")).isEqualTo("Gordon Blakeley’s official spokesman");
    }

    @Test
    void aNewOrOutgoingOfficeAfterTheIsItsHolder() {
        Detected d = Detected.in("""
                Chief minister rejects palace claim

                Kestrel Chief Minister Asha Menon said the renovation files would be made public.

                Asked about the cost of the old residence, the new Kestrel CM said that she does not believe in working like that.
                """);
        assertThat(d.speakerOf("does not believe in working")).isEqualTo("Asha Menon");
    }

    @Test
    void aSeatAndItsLettersBetweenCommasDescribeTheNameBefore() {
        Detected d = Detected.in("""
                Factory closure opposed

                Nick Harwood, Blaenau Gwent MP, said a decision to shut the factory should be stopped.

                Sarah Penrose, Croydon Central MP, told the Commons the plan was flawed.
                """);
        assertThat(d.speakerOf("shut the factory")).isEqualTo("Nick Harwood");
        assertThat(d.speakerOf("the plan was flawed")).isEqualTo("Sarah Penrose");
        assertThat(d.detection.speakers()).extracting(org.quotestance.model.Speaker::name)
                .doesNotContain("Blaenau Gwent", "Croydon Central");
    }
    @Test
    void anOfficeThatReadsLikeABodyThenTheHoldersNameIsTheHolder() {
        Detected d = Detected.in("""
                Measles drive reaches remote counties

                The vaccination drive reached more than a million children in six weeks.

                “The teams walked for days to reach the last villages,” said the WHO Representative to Eastern Province, Dr Kofi Adjei.

                “We will be back before the rains,” said the UNICEF Representative, Grace Njeri.
                """);
        assertThat(d.speakerOf("The teams walked for days")).isEqualTo("Kofi Adjei");
        assertThat(d.speakerOf("We will be back before the rains")).isEqualTo("Grace Njeri");
    }

    @Test
    void aGulfRulersStyleIsHisOffice() {
        Detected d = Detected.in("""
                Emir receives new envoys

                His Highness the Emir Sheikh Rashid Al-Mansour said on Tuesday that the region faced a difficult year.

                The Emir said the ministry would open two more embassies in Africa.
                """);
        assertThat(d.speakerOf("two more embassies")).isEqualTo("Rashid Al-Mansour");
    }
}
