package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A noun that counts or gathers people ("a group of", "hundreds of") stands for those its "of" phrase names. */
class PartitiveTest {

  @Test
  void takesTheTargetOfAGroupFromItsOfPhrase() {
    assertThat(triples(code("Turkish police detained a group of Syrian refugees near the border.")))
        .anyMatch(t -> t.startsWith("TURCOP>SYR") && t.endsWith(" 17"));
  }

  @Test
  void takesTheTargetOfANumberFromItsOfPhrase() {
    assertThat(triples(code("Germany granted asylum to a number of Afghan journalists.")))
        .anyMatch(t -> t.startsWith("DEU>AFG") && t.endsWith(" 07"));
  }
}
