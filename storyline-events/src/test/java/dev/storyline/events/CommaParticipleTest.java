package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trailing participle set off by a comma: what the main clause's subject said besides, or what befell. */
class CommaParticipleTest {

  @Test
  void givesATrailingAccusationTheSubjectOfTheMainClause() {
    assertThat(triples(code("Niger cut diplomatic ties with Ukraine, accusing Kyiv of supporting rebels in Mali.")))
        .contains("NER>UKR 16", "NER>UKR 11");
  }

  @Test
  void findsTheMainSubjectWhereverTheParserHungTheParticiple() {
    // The parser hangs "accusing" on "forced", whose subject is the balloons.
    assertThat(triples(code("Lithuania closed its border with Belarus after balloons carrying smuggled cigarettes"
        + " repeatedly forced the closure of Vilnius airport, accusing Minsk of a hybrid attack.")))
        .contains("LTU>BLR 16", "LTU>BLR 11");
  }

  @Test
  void givesNoDeedThatBefellToTheMainSubject() {
    assertThat(triples(code("Australian Prime Minister Anthony Albanese offered his condolences to Indonesia after a ferry"
        + " sank off Bali, killing at least 30 passengers.")))
        .noneMatch(t -> t.startsWith("AUSGOV>") && t.endsWith(" 19"));
  }
}
