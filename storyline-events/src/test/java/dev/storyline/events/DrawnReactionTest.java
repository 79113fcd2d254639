package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Criticism or praise a move draws "from" someone is that someone's, aimed at whoever made the move. */
class DrawnReactionTest {

  @Test
  void aimsCriticismAMoveDrewAtWhoeverMadeIt() {
    assertThat(triples(code("Canada said it intends to recognise a Palestinian state in September, a move that drew"
        + " sharp criticism from Israel.")))
        .contains("ISR>CAN 11");
  }

  @Test
  void aimsCondemnationADecisionDrewAtItsOwner() {
    assertThat(triples(code("Japan's decision drew condemnation from China.")))
        .contains("CHN>JPN 11");
  }
}
