package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Holders of international offices act for the body whose office they hold. */
class InternationalOfficesTest {

  @Test
  void codesTheUnSecretaryGeneralAsTheUnitedNations() {
    assertThat(triples(code("UN Secretary-General Antonio Guterres urged Israel on Wednesday to agree to a ceasefire.")))
        .contains("IGOUNO>ISR 02");
  }

  @Test
  void codesTheNatoSecretaryGeneralAsNato() {
    assertThat(triples(code("NATO Secretary General Mark Rutte held talks with Finnish President Alexander Stubb in Helsinki.")))
        .contains("IGONAT>FINGOV 04");
  }
}
