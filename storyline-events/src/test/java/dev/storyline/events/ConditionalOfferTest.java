package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An offer whose target names no country is made to the actor its "if" clause binds. */
class ConditionalOfferTest {

  @Test
  void aimsAConditionalOfferAtTheSubjectOfItsCondition() {
    assertThat(triples(code("Russia said it was ready to release the detained sailors if Ukraine returned the captured ships.")))
        .contains("RUS>UKR 03");
  }

  @Test
  void keepsAnOffersOwnTargetWithACountry() {
    assertThat(triples(code("Iran offered to resume talks with France if Germany lifted its sanctions.")))
        .anyMatch(t -> t.startsWith("IRN>FRA") && t.endsWith(" 03"))
        .noneMatch(t -> t.startsWith("IRN>DEU"));
  }
}
