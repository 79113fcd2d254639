package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What an object is, beyond its word: a person named counts as the person a lexicon line writes
 * ("received X" hosts X), a compound as the kind WordNet files it under.
 */
class ObjectKindsTest {

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

  @Test
  void readsACompoundObjectAsTheKindWordNetFilesTheWholeUnder() {
    // A "carrier" alone is a porter in WordNet's commonest sense; an "aircraft carrier" is a warship.
    assertThat(triples(code("The United States sent an aircraft carrier to the eastern Mediterranean on Monday.")))
        .anyMatch(t -> t.startsWith("USA") && t.endsWith(" 15"));
  }
}
