package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yielding acts on a place are aimed at the country the place is in. */
class YieldTerritoryTest {

  @Test
  void codesAWithdrawalFromATownAsYieldingToItsCountry() {
    assertThat(triples(code("Russian forces withdrew from the village of Vovchansk in the Kharkiv region on Monday.")))
        .anyMatch(t -> t.startsWith("RUS") && t.endsWith(">UKR 08"));
  }

  @Test
  void codesTheLiftingOfACurfewInACityAsYieldNotAsTheCurfew() {
    List<Event> events = code("The government of Bangladesh lifted a curfew in Dhaka on Monday after a week of clashes.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("08") && e.target() != null && "BGD".equals(e.target().country()));
    assertThat(events).noneMatch(e -> e.rootCode().equals("17"));
  }

  @Test
  void doesNotTakeThePlaceABlowCameFromAsItsTarget() {
    assertThat(triples(code("Hamas fired rockets from Gaza on Sunday.")))
        .noneMatch(t -> t.contains(">PSE"));
  }
}
