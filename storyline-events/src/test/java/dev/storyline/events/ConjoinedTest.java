package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One agent noun that conjoined nationality adjectives give to several countries. */
class ConjoinedTest {

  @Test
  void codesAClashBetweenTheTwoNationsOfConjoinedAdjectives() {
    assertThat(triples(code("Indian and Chinese soldiers clashed on the disputed border in the eastern Himalayas.")))
        .contains("INDMIL>CHNMIL 19", "CHNMIL>INDMIL 19");
  }

  @Test
  void codesAnAgreementOfConjoinedNationsEachWayRound() {
    assertThat(triples(code("Greek and Turkish officials agreed to cooperate in fighting migrant smuggling.")))
        .contains("GRCGOV>TURGOV 03", "TURGOV>GRCGOV 03");
  }

  @Test
  void keepsASingleNationalityAgentToItsOwnCountry() {
    assertThat(triples(code("Chinese soldiers clashed with protesters in Lhasa.")))
        .noneMatch(t -> t.startsWith("IND") || t.contains(">IND"));
  }

  @Test
  void codesEachCountryOfAConjoinedOfComplementAsAnAgentOfItsOwn() {
    assertThat(triples(code("The leaders of France, Germany and Britain met in Kyiv on Saturday with Ukrainian President Volodymyr Zelensky.")))
        .contains("FRAGOV>UKRGOV 04", "DEUGOV>UKRGOV 04", "GBRGOV>UKRGOV 04");
  }

  @Test
  void codesAnAccordOfDelegationsFromConjoinedCountriesEachWayRound() {
    assertThat(triples(code("Delegations from Armenia and Azerbaijan signed a peace accord on Friday.")))
        .contains("ARMGOV>AZEGOV 05", "AZEGOV>ARMGOV 05");
  }
}
