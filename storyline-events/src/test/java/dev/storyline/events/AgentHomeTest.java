package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agents without a country of their own take the one of the place their phrase names. */
class AgentHomeTest {

  @Test
  void takesTheCountryOfADetainedAgentFromItsOfPhrase() {
    List<Event> events = code("Turkish authorities detained the mayor of Istanbul, Ekrem Imamoglu, on corruption charges on Wednesday.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("17") && e.target() != null && "TUR".equals(e.target().country()));
  }

  @Test
  void takesTheCountryOfAnAgentFromAPlaceTwoPhrasesDeep() {
    List<Event> events = code("The World Food Programme delivered food to more than 200,000 people in the besieged Sudanese city of El Fasher.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("07") && e.target() != null && "SDN".equals(e.target().country()));
  }

  @Test
  void leavesAnEnvoyInAForeignCapitalWithoutTheHostCountry() {
    List<Event> events = code("Protesters in Tehran attacked the ambassador in Baghdad.");
    assertThat(events).noneMatch(e -> e.target() != null && "IRQ".equals(e.target().country()));
  }
}
