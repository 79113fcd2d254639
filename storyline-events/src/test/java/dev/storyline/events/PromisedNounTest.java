package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A noun event that a verb or an adjective of willingness only promises has its mood. */
class PromisedNounTest {

  @Test
  void codesAidAPromisedIncreaseNamesAsIntentToGiveAid() {
    List<Event> events = code("Canadian Prime Minister Mark Carney said Ottawa would increase military aid to Ukraine by $2 billion this year.");
    assertThat(triples(events)).anyMatch(t -> t.endsWith(">UKR 03"));
    assertThat(events).noneMatch(e -> e.rootCode().equals("07"));
  }

  @Test
  void keepsTheVisitDuringWhichAPledgeWasMadeAsDone() {
    List<Event> events = code("Saudi Arabia pledged $10 billion in investment in Egypt during a visit to Cairo by Crown Prince Mohammed bin Salman.");
    assertThat(events).noneMatch(e -> e.cameo().equals("036"));
  }

  @Test
  void codesTalksACountryIsOpenToAsIntentToNegotiate() {
    List<Event> events = code("Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was open to talks with Washington on arms control.");
    assertThat(triples(events)).contains("RUS>USA 03").noneMatch(t -> t.endsWith(" 04"));
  }
}
