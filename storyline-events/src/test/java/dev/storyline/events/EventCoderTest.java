package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCoderTest {

  @Test
  void codesASummitBetweenTwoLeadersAsConsultationWhereItHappened() {
    List<Event> events = code("South Korean President Lee Jae Myung held a summit with Chinese President Xi Jinping in Beijing on Monday.");
    Event e = events.stream().filter(x -> x.target() != null && x.target().country() != null).findFirst().orElseThrow();
    assertThat(e.source().code()).isEqualTo("KORGOV");
    assertThat(e.target().code()).isEqualTo("CHNGOV");
    assertThat(e.rootCode()).isEqualTo("04");
    assertThat(e.quadClass()).isEqualTo(1);
    assertThat(e.location().name()).isEqualTo("Beijing");
    assertThat(e.date()).isEqualTo(Coding.DAY.minusDays(2));
    assertThat(e.why()).contains("summit");
    var m = e.mentions().get(0);
    assertThat(m.sentence()).startsWith("South Korean President");
    assertThat(m.end()).isGreaterThan(m.start());
  }

  @Test
  void codesNoAttackWhenTheVerbIsNegated() {
    List<Event> events = code("North Korea did not fire a missile at Japan on Tuesday.");
    assertThat(events).noneMatch(e -> e.quadClass() == 4);
  }

  @Test
  void codesTheAttackWhenItHappened() {
    List<Event> events = code("North Korea fired a missile at Japan on Tuesday.");
    assertThat(events).anyMatch(e -> e.quadClass() == 4 && "PRK".equals(e.source().country()));
  }

  @Test
  void codesProtestersClashingWithPolice() {
    List<Event> events = code("Kenyan protesters clashed with police in Nairobi on Tuesday.");
    assertThat(events).anyMatch(e -> e.source().role().equals("OPP") && e.target() != null && e.target().role().equals("COP")
        && (e.rootCode().equals("14") || e.rootCode().compareTo("17") >= 0));
  }

  @Test
  void readsGoldsteinAndQuadClassFromTheCameoTable() {
    CameoCodes codes = new CameoCodes();
    assertThat(codes.goldstein("042")).isEqualTo(1.9);
    assertThat(CameoCodes.quadClass("042")).isEqualTo(1);
    assertThat(CameoCodes.quadClass("0874")).isEqualTo(2);
    assertThat(CameoCodes.quadClass("112")).isEqualTo(3);
    assertThat(CameoCodes.quadClass("190")).isEqualTo(4);
  }
}
