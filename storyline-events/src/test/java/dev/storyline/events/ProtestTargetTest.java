package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protests that name no addressee are aimed at the country they take place in. */
class ProtestTargetTest {

  @Test
  void codesAMarchWithoutAddresseeAsAimedAtTheCountryItIsHeldIn() {
    List<Event> events = code("Protesters in Istanbul marched against the arrest of the city's mayor on Sunday.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("14") && e.target() != null && "TUR".equals(e.target().country()));
  }

  @Test
  void leavesABareProtestNounUnderAnotherVerbUncoded() {
    List<Event> events = code("Georgian police arrested opposition leader Nika Melia during a protest outside parliament in Tbilisi.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("14"));
  }

  @Test
  void keepsARallyOfACountrysPeopleInItsCapitalWithoutTargetingThatCountry() {
    List<Event> events = code("Thousands of Georgians rallied outside parliament in Tbilisi, accusing the ruling party of rigging the election.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("14") && e.target() == null);
  }
}
