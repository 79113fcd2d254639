package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An agent noun with no country of its own, made another's agent by the name written before it. */
class CompoundOwnerTest {

  @Test
  void makesAnAgentOfAPersonsAdministrationThatPersonsGovernment() {
    assertThat(triples(code("The Trump administration deported more than 200 Venezuelans to El Salvador.")))
        .contains("USAGOV>VEN 17");
  }

  @Test
  void makesMilitantsOfANamedGroupThatGroups() {
    assertThat(triples(code("Baloch Liberation Army militants hijacked a passenger train in Balochistan.")))
        .anyMatch(t -> t.startsWith("PAKREB>") && t.endsWith(" 18"));
  }

  @Test
  void makesAgentsOfAnInternationalBodyActAsTheBody() {
    assertThat(triples(code("European Union foreign ministers agreed to suspend sanctions on Syria.")))
        .anyMatch(t -> t.startsWith("IGOEEC>SYR "));
  }

  @Test
  void givesCiviliansKilledByRebelsTheRebelsCountry() {
    assertThat(triples(code("Rapid Support Forces fighters killed hundreds of civilians.")))
        .contains("SDNREB>SDNCVL 18");
  }
}
