package dev.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import dev.storyline.model.Place;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static final Actor LEE = new Actor("Lee Jae Myung", "KOR", "GOV", "KORGOV", ActorKind.PERSON);
  private static final Actor KOREA = new Actor("South Korea", "KOR", null, "KOR", ActorKind.COUNTRY);
  private static final Actor XI = new Actor("Xi Jinping", "CHN", "GOV", "CHNGOV", ActorKind.PERSON);
  private static final Place BEIJING = new Place("Beijing", "CHN", 39.9, 116.4);

  @Test
  void mergesTwoOutletsReportingOneSummit() {
    Event a = event("a1", LEE, "040", BEIJING, LocalDate.of(2026, 1, 5));
    Event b = event("a2", KOREA, "042", null, LocalDate.of(2026, 1, 6));
    List<Event> merged = EventMerger.merge("s1", List.of(a, b));
    assertThat(merged).hasSize(1);
    Event e = merged.get(0);
    assertThat(e.mentions()).extracting(EventMention::articleId).containsExactlyInAnyOrder("a1", "a2");
    assertThat(e.location()).isEqualTo(BEIJING);
    assertThat(e.articleCount()).isEqualTo(2);
  }

  @Test
  void keepsDifferentRootsDatesAndPlacesApart() {
    Event a = event("a1", LEE, "040", BEIJING, LocalDate.of(2026, 1, 5));
    Event otherRoot = event("a2", LEE, "057", BEIJING, LocalDate.of(2026, 1, 5));
    Event later = event("a3", LEE, "040", BEIJING, LocalDate.of(2026, 1, 9));
    Event elsewhere = event("a4", LEE, "040", new Place("Shanghai", "CHN", 31.2, 121.5), LocalDate.of(2026, 1, 5));
    assertThat(EventMerger.merge("s1", List.of(a, otherRoot, later, elsewhere))).hasSize(4);
  }

  private static Event event(String article, Actor source, String cameo, Place where, LocalDate date) {
    return new Event("e-" + article, date, source, XI, cameo, CameoCodes.quadClass(cameo), 1.0, where,
        List.of(new EventMention(article, 0, "s", 0, 1)), 0.7, "test");
  }
}
