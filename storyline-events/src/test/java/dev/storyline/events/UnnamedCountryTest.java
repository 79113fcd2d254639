package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Countries named without a name: an event noun's national adjective or name modifier is its source
 * (a place's name is not), and "the country" is the one last named.
 */
class UnnamedCountryTest {

  @Test
  void takesTheNationalityOfAStrikeAsItsSource() {
    assertThat(triples(code("A Russian missile strike on the city of Sumy killed 34 people on Sunday.")))
        .contains("RUS>UKR 19");
  }

  @Test
  void takesNoSourceFromThePlaceTalksAreNamedAfter() {
    assertThat(triples(code("The Doha talks on a ceasefire in Gaza resumed on Monday.")))
        .noneMatch(t -> t.startsWith("QAT"));
  }

  @Test
  void readsTheCountryAsTheCountryLastNamed() {
    assertThat(triples(code("Iran's supreme leader said the country would not negotiate with the United States under pressure.")))
        .contains("IRN>USA 12");
  }

  @Test
  void leavesACountryNamedByItsOwnComplementAlone() {
    // "the country of his birth" says which country it is, and it is none named before.
    assertThat(triples(code("Iran's supreme leader said the country of his birth would not negotiate with the United States.")))
        .noneMatch(t -> t.startsWith("IRN>USA"));
  }
}
