package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words about an act aim at whoever did it, not at those it was done to. */
class CondemnedActTest {

  @Test
  void aimsACondemnationAtTheDoerOfTheActNotItsVictims() {
    assertThat(triples(code("The Ukrainian foreign ministry denounced the Russian strike on a children's hospital in Kyiv.")))
        .contains("UKRGOV>RUS 11")
        .noneMatch(t -> t.startsWith("UKRGOV>UKR"));
  }

  @Test
  void aimsAtTheVictimsWhenTheTextNamesNoDoer() {
    assertThat(triples(code("Egypt condemned the attack on Israel.")))
        .contains("EGY>ISR 11");
  }
}
