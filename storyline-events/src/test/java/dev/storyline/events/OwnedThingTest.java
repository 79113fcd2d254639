package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Acting on a thing the lexicon line names acts on the thing's owner when the text names one. */
class OwnedThingTest {

  @Test
  void aimsABlockedPackageAtItsOwnerNotAtWhomThePackageIsAgainst() {
    assertThat(triples(code("Hungary blocked the European Union's latest sanctions package against Russia.")))
        .contains("HUN>IGOEEC 12")
        .doesNotContain("HUN>RUS 12");
  }

  @Test
  void aimsARejectedProposalAtTheCountryWhoseProposalItWas() {
    assertThat(triples(code("Zelenskiy rejected a Russian proposal for a 72-hour ceasefire.")))
        .contains("UKRGOV>RUS 12");
  }
}
