package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An accusation is the event; the deed it alleges is the accuser's claim, not coded as done. */
class AllegedDeedTest {

  @Test
  void codesTheAccusationAndNotTheMurderItAlleges() {
    assertThat(triples(code("Colombian President Gustavo Petro accused the United States of murdering a Colombian fisherman.")))
        .contains("COLGOV>USA 11")
        .noneMatch(t -> t.startsWith("USA>COL 18"));
  }

  @Test
  void codesNoGenocideAllegedThroughAContinuingClause() {
    assertThat(triples(code("Amnesty International accused Israel of continuing to commit genocide against Palestinians in Gaza.")))
        .anyMatch(t -> t.endsWith(">ISR 11"))
        .noneMatch(t -> t.endsWith(" 20"));
  }

  @Test
  void stillCodesADeedReportedAsDone() {
    // Reported speech states the deed; an accusation only alleges it.
    assertThat(triples(code("Ukraine said Russian troops shelled Kharkiv overnight.")))
        .anyMatch(t -> t.startsWith("RUSMIL>UKR 19"));
  }
}
