package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles and offices with no country of their own take it from the name or the body they go with. */
class TitleHolderTest {

  @Test
  void takesTheNamedHolderOfATitleTheParseMadeTheHead() {
    assertThat(triples(code("The European Commission President Ursula von der Leyen praised Moldova's reforms on Friday.")))
        .contains("IGOEEC>MDA 05")
        .noneMatch(t -> t.startsWith("GOV>"));
  }

  @Test
  void givesASpokesmanTheCountryOfTheBodyHeSpeaksFor() {
    assertThat(triples(code("A spokesman for the Kremlin told reporters that Moscow had rejected the proposal.")))
        .anyMatch(t -> t.startsWith("RUSGOV>"));
  }
}
