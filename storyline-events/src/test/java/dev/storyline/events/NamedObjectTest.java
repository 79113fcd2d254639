package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person named as the object counts as the person the lexicon line writes: "received X" hosts X. */
class NamedObjectTest {

  @Test
  void codesReceivingANamedLeaderAsHostingAVisit() {
    assertThat(triples(code("Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday.")))
        .contains("CHNGOV>BRAGOV 04");
  }

  @Test
  void codesReturningCapturedSoldiersAsReleasingPersons() {
    assertThat(triples(code("Ukraine returned 40 Russian soldiers to Russia on Friday in a prisoner exchange.")))
        .anyMatch(t -> t.startsWith("UKR>RUS") && t.endsWith(" 08"));
  }
}
