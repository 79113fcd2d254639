package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Acts done together: joint exercises are military cooperation between the parties, a memorandum binds its signers. */
class SharedActsTest {

  @Test
  void codesJointDrillsOfTwoNaviesAsCooperationEachWayRound() {
    assertThat(triples(code("Chinese and Russian warships began joint naval drills in the Sea of Japan on Monday.")))
        .contains("CHNMIL>RUSMIL 06", "RUSMIL>CHNMIL 06")
        .noneMatch(t -> t.endsWith(" 15"));
  }

  @Test
  void codesPlannedJointExercisesAsIntentToCooperateMilitarily() {
    assertThat(triples(code("India and the United Kingdom will conduct joint naval exercises in the Arabian Sea next month.")))
        .contains("IND>GBR 03", "GBR>IND 03");
  }

  @Test
  void keepsDrillsOfOneArmyAsAShowOfForce() {
    assertThat(triples(code("China held large military drills near Taiwan on Monday.")))
        .anyMatch(t -> t.startsWith("CHN") && t.endsWith(" 15"))
        .noneMatch(t -> t.endsWith(" 06"));
  }

  @Test
  void takesTheCountriesAsPartiesWhenOnlyTheirServicesAreNamedAfterThem() {
    // The coast guards are what the memorandum is about, not a party to it.
    assertThat(triples(code("Vietnam and the Philippines signed a memorandum on coast guard cooperation in Hanoi.")))
        .contains("VNM>PHL 05", "PHL>VNM 05")
        .noneMatch(t -> t.contains(">MIL"));
  }
}
