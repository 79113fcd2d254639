package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An event noun's national adjective or name modifier is its source; a place's name is not. */
class NationalModifierTest {

  @Test
  void takesTheNationalityOfAStrikeAsItsSource() {
    assertThat(triples(code("A Russian missile strike on the city of Sumy killed 34 people on Sunday.")))
        .contains("RUS>UKR 19");
  }

  @Test
  void takesNoSourceFromThePlaceTalksAreNamedAfter() {
    assertThat(triples(code("The Doha talks on a ceasefire in Gaza resumed on Monday.")))
        .noneMatch(t -> t.startsWith("QAT"));
  }
}
