package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Countries that exchange envoys establish ties with each other, not with the envoys. */
class DiplomaticTiesTest {

  @Test
  void codesAnExchangeOfAmbassadorsBetweenTwoCountriesEachWayRound() {
    assertThat(triples(code("Saudi Arabia and Iran exchanged ambassadors on Tuesday for the first time in seven years.")))
        .contains("SAU>IRN 05", "IRN>SAU 05");
  }

  @Test
  void stillTakesANamedForeignAgentAsTheTargetOfAnExpulsion() {
    assertThat(triples(code("Canada expelled six Indian diplomats over the killing of a Sikh separatist leader.")))
        .anyMatch(t -> t.startsWith("CAN>IND"));
  }
}
