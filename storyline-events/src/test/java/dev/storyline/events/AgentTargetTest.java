package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Targets that need a second look: agents the text gives no country (set aside beside a country,
 * housed at home when coerced), and a source's own country in words and cooperation.
 */
class AgentTargetTest {

  @Test
  void givesPeopleArrestedByAStatesPoliceThatStatesCountry() {
    assertThat(triples(code("Hong Kong police arrested three pro-democracy activists under the national security law.")))
        .anyMatch(t -> t.startsWith("HKGCOP>HKGOPP 17"));
  }

  @Test
  void dropsACountrylessAgentTargetBesideACountry() {
    assertThat(triples(code("Russia warned Finland against hosting NATO troops on its territory.")))
        .anyMatch(t -> t.startsWith("RUS>FIN 13"))
        .noneMatch(t -> t.startsWith("RUS>MIL"));
  }

  @Test
  void leavesTheCountryOfPeopleKilledInFightingOpen() {
    // Soldiers kill across borders too often to guess: no place, no country.
    assertThat(triples(code("Russian troops killed five militants overnight, the defence ministry said.")))
        .contains("RUSMIL>REB 19")
        .noneMatch(t -> t.contains(">RUSREB"));
  }

  @Test
  void codesNoVisitOfAHostToItsOwnCountry() {
    assertThat(triples(code("Saudi Arabia's crown prince welcomed Syrian President Ahmed al-Sharaa to Riyadh on Sunday.")))
        .contains("SAUGOV>SYRGOV 04")
        .noneMatch(t -> t.startsWith("SAU") && t.contains(">SAU "));
  }

  @Test
  void givesADomesticBodyTheCountryOfWhoeverConfrontsIt() {
    assertThat(triples(code("South Korean President Yoon Suk Yeol declared martial law, accusing the opposition of paralysing the government.")))
        .contains("KORGOV>KOROPP 11");
    assertThat(triples(code("Tens of thousands of Israelis rallied in Tel Aviv to demand that the government reach a deal.")))
        .contains("ISR>ISRGOV 10");
  }

  @Test
  void leavesTheCountryOfADomesticBodyOpenInWordsAndCooperation() {
    // Mediators and hosts deal with other countries' governments: no guess from the source.
    assertThat(triples(code("Qatar offered to host talks between the government and the rebels.")))
        .noneMatch(t -> t.contains(">QATGOV"));
  }
}
