package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "European", as news uses it of proposals, observers and sanctions, names the European Union. */
class EuropeanUnionAdjectiveTest {

  @Test
  void aimsTheRejectionOfAEuropeanProposalAtTheUnion() {
    assertThat(triples(code("Iran rejected a European proposal to extend the nuclear deal, its foreign minister said.")))
        .contains("IRN>IGOEEC 12");
  }

  @Test
  void keepsTheLongerNameOfAnotherEuropeanBody() {
    assertThat(triples(code("The European Bank for Reconstruction and Development criticised Turkey on Tuesday over its interest rate policy.")))
        .contains("IGOEBR>TUR 11");
  }

  @Test
  void readsNoUnionInTheNameOfABodyOutsideIt() {
    assertThat(triples(code("The European Court of Human Rights ruled against Russia on Tuesday over the jailing"
        + " of opposition activists.")))
        .noneMatch(t -> t.startsWith("IGOEEC"));
  }
}
