package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refused deeds are rejections, promised troops are intent, and neither a dispatch's purpose nor a
 * battle with a drought is a use of force.
 */
class RefusalAndPurposeTest {

  @Test
  void codesARefusalToExtraditeAsRejectionNotCooperation() {
    List<Event> events = code("Pakistan refused to extradite the suspects to India.");
    assertThat(triples(events)).contains("PAK>IND 12");
    assertThat(events).noneMatch(e -> e.rootCode().equals("06"));
  }

  @Test
  void codesARefusalToAcceptAPlanAsRejectionOfItsOwner() {
    List<Event> events = code("Hungary refused to accept the European Union's migrant relocation plan.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("12") && e.target() != null
        && e.target().code().equals("IGOEEC"));
    assertThat(events).noneMatch(e -> e.rootCode().equals("03"));
  }

  @Test
  void codesTroopsThatWouldBeSentAsIntent() {
    List<Event> events = code("Britain said it would send troops to Estonia next year.");
    assertThat(triples(events)).contains("GBR>EST 03");
    assertThat(events).noneMatch(e -> e.rootCode().equals("15"));
  }

  @Test
  void codesNoFightingWhereTroopsWereOnlySentToFight() {
    List<Event> events = code("Kenya deployed troops to Somalia to fight al-Shabaab militants.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("19"));
    assertThat(events).anyMatch(e -> e.rootCode().equals("15"));
  }

  @Test
  void codesNoForceWhereACountryBattlesADrought() {
    List<Event> events = code("Italy is battling its worst drought in seventy years, officials said on Thursday.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("19"));
  }
}
