package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When the lexicon line names the verb's object ("launched an attack"), that noun is the act, so the
 * territory it is aimed at is looked for below it as deep as below a verb.
 */
class ActNounTerritoryTest {

  @Test
  void findsTheCountryOfThePlaceAnAttackNounHits() {
    assertThat(triples(code("Russia launched a missile attack on a power plant in Ukraine's Kharkiv region overnight.")))
        .contains("RUS>UKR 19");
  }
}
