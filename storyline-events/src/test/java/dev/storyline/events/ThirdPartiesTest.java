package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mediator or host named only in a "by" phrase served the parties around it. */
class ThirdPartiesTest {

  @Test
  void mediatesBetweenThoseWhoAgreedAfterTheMediatedTalks() {
    assertThat(triples(code("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar.")))
        .contains("QAT>PAK 04", "QAT>AFG 04", "PAK>AFG 08");
  }

  @Test
  void mediatesBetweenThePartiesTheTalksNameThemselves() {
    assertThat(triples(code("Talks between Armenia and Azerbaijan mediated by the United States ended on Friday.")))
        .contains("USA>ARM 04", "USA>AZE 04");
  }

  @Test
  void hostsThoseWhoSignedAtTheCeremonyTheHostHeld() {
    assertThat(triples(code("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint"
        + " declaration committing to end decades of conflict, at a ceremony hosted by Trump at the White House.")))
        .contains("ARMGOV>AZEGOV 05", "AZEGOV>ARMGOV 05", "USAGOV>ARMGOV 04", "USAGOV>AZEGOV 04");
  }
}
