package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bare title the parse makes the head of a name ("President ... von der Leyen") acts as the person named. */
class TitleHolderTest {

  @Test
  void takesTheNamedHolderOfATitleTheParseMadeTheHead() {
    assertThat(triples(code("The European Commission President Ursula von der Leyen praised Moldova's reforms on Friday.")))
        .contains("IGOEEC>MDA 05")
        .noneMatch(t -> t.startsWith("GOV>"));
  }
}
