package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A "by" phrase the parser hangs on an active verb is the agent of the verb's object, so an act
 * on a thing that is no actor is aimed at whoever did that thing.
 */
class MisattachedAgentTest {

  @Test
  void aimsCondemnationAtTheAgentOfTheExercisesCondemned() {
    assertThat(triples(code("Iran denounced the military exercises by the United States in the Gulf.")))
        .contains("IRN>USA 11");
  }

  @Test
  void aimsCondemnationAtTheAgentOfTheShellingCondemned() {
    assertThat(triples(code("Egypt condemned the shelling of the town by Israeli troops.")))
        .anyMatch(t -> t.startsWith("EGY>ISR") && t.endsWith(" 11"));
  }

  @Test
  void takesThePassiveVerbsByPhraseAsItsSourceStill() {
    assertThat(triples(code("The drills were condemned by North Korea.")))
        .noneMatch(t -> t.contains(">PRK"));
  }
}
