package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verb whose own subject names no actor reports what befell people, not what an actor did. */
class UnnamedSubjectTest {

  @Test
  void codesNoUseOfForceForAKillingByAWar() {
    List<Event> events = code("The war in Sudan, which began in April 2023, has killed tens of thousands of people.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void doesNotLendTheReporterAsTheDoerOfAnAccident() {
    List<Event> events = code("The collapse of a mine in eastern Congo killed at least 20 workers on Saturday, local officials said.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void stillCodesAKillingByTroopsOfANamedCountry() {
    List<Event> events = code("Nigerian troops killed 25 Boko Haram fighters in Borno state, the army said.");
    assertThat(triples(events)).anyMatch(t -> t.startsWith("NGA") && t.endsWith(" 19"));
  }
}
