package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An appeal with no object is aimed at the subject of the that-clause saying what it asks for. */
class AppealClauseTargetTest {

  @Test
  void aimsARequestAtTheSubjectOfItsThatClause() {
    assertThat(triples(code("Poland asked that NATO deploy more troops on its eastern flank.")))
        .anyMatch(t -> t.startsWith("POL>IGONAT") && t.endsWith(" 02"));
  }

  @Test
  void doesNotCodeTheRequestedActAsDone() {
    assertThat(triples(code("Poland asked that NATO deploy more troops on its eastern flank.")))
        .noneMatch(t -> t.startsWith("IGONAT>"));
  }
}
