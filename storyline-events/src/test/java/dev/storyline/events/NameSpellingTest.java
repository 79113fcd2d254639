package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names as wire copy spells them resolve to the actors the knowledge base lists. */
class NameSpellingTest {

  @Test
  void resolvesAGroupWhoseNameOpensWithALowerCaseArabicArticle() {
    assertThat(triples(code("Dozens of al Shabaab fighters surrendered to Somali government forces on Tuesday.")))
        .contains("SOMREB>SOMMIL 08");
  }
}
