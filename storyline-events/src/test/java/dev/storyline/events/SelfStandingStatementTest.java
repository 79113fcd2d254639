package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Denials, optimism and symbolic acts are events with no target; a bare statement is not. */
class SelfStandingStatementTest {

  @Test
  void codesADenialWithNoTarget() {
    assertThat(triples(code("Iran's foreign ministry denied on Sunday that Tehran had supplied ballistic missiles to Russia.")))
        .contains("IRNGOV>- 01");
  }

  @Test
  void codesNoEventForAStatementAimedAtNobody() {
    assertThat(triples(code("The Brazilian foreign ministry said on Tuesday that the harvest would be late this year.")))
        .noneMatch(t -> t.contains(">- 01"));
  }
}
