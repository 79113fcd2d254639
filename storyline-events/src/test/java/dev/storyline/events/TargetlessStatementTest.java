package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Denials, symbolic acts and the like are statements of their own, coded when they name no target; a plain "said" is not. */
class TargetlessStatementTest {

  @Test
  void codesADenialThatNamesNoTarget() {
    assertThat(triples(code("Iran's foreign ministry denied on Monday that its navy had seized a tanker.")))
        .contains("IRNGOV>- 01");
  }

  @Test
  void codesASymbolicActThatNamesNoTarget() {
    assertThat(triples(code("Japan's prime minister marked the anniversary of the Fukushima disaster on Wednesday.")))
        .contains("JPNGOV>- 01");
  }

  @Test
  void leavesAPlainStatementWithoutTargetUncoded() {
    assertThat(triples(code("Iran's foreign minister said on Monday that the talks would continue.")))
        .noneMatch(t -> t.endsWith(">- 01"));
  }
}
