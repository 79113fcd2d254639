package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deed that only dates a clause ("after the attack") is not the clause subject's. */
class BackgroundDeedTest {

  @Test
  void givesNoAttackThatDatesAnAppealToTheOneAppealing() {
    assertThat(triples(code("U.N. Secretary-General Antonio Guterres urged India and Pakistan to exercise restraint after"
        + " the deadly attack on tourists in Kashmir.")))
        .contains("IGOUNO>IND 02")
        .noneMatch(t -> t.startsWith("IGOUNO>") && t.endsWith(" 19"));
  }

  @Test
  void stillCodesABackgroundDeedWhoseDoerTheTextNames() {
    assertThat(triples(code("Britain criticised Moscow after the Russian missile attack on Ukraine.")))
        .contains("RUS>UKR 19");
  }
}
