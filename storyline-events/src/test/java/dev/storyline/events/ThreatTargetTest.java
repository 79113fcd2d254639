package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A threat whose verb names nobody is aimed at whom the threatened act would hurt, or else at the
 * actor whose conduct it is made conditional on.
 */
class ThreatTargetTest {

  @Test
  void aimsAThreatAtTheSubjectOfItsUnlessClause() {
    assertThat(triples(code("Turkey threatened to halt grain shipments to Egypt unless Cairo paid its debts.")))
        .contains("TUR>EGY 13");
  }

  @Test
  void aimsAWarningAtTheSubjectOfTheConditionInItsReportedClause() {
    assertThat(triples(code("Russia warned that it would cut gas supplies if Moldova joined the alliance.")))
        .contains("RUS>MDA 13");
  }

  @Test
  void aimsAThreatAtTheActorTheThreatenedActsObjectNames() {
    assertThat(triples(code("China threatened to impose sanctions on Lithuania over its ties with Taiwan.")))
        .anyMatch(t -> t.startsWith("CHN>LTU 13"));
  }

  @Test
  void leavesAThreatThatHurtsNoNamedActorUncoded() {
    assertThat(triples(code("Iran threatened on Sunday to close the Strait of Hormuz.")))
        .noneMatch(t -> t.endsWith(" 13"));
  }
}
