package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An "into" phrase names whom an act goes into or looks into; when its noun is no actor, the target
 * is whoever did what it names, such as the "by" agent of a participle describing it.
 */
class InquiryTargetTest {

  @Test
  void aimsAnInquiryAtTheAgentOfTheAbusesItLooksInto() {
    assertThat(triples(code("The International Criminal Court opened an investigation into crimes committed by Russian troops in Ukraine.")))
        .anyMatch(t -> t.startsWith("IGOICC>RUS") && t.endsWith(" 09"));
  }

  @Test
  void aimsAnInquiryAtTheOwnerOfWhatItLooksInto() {
    assertThat(triples(code("The European Union opened an investigation into China's steel subsidies.")))
        .anyMatch(t -> t.startsWith("IGOEEC>CHN") && t.endsWith(" 09"));
  }
}
