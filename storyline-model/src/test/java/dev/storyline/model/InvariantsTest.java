package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantsTest {

  private static final Actor KOR = new Actor("South Korea", "KOR", null, "KOR", ActorKind.COUNTRY);
  private static final EventMention MENTION = new EventMention("a1", 0, "s", 0, 1);

  @Test
  void actorsNeedAlpha3Countries() {
    assertThatThrownBy(() -> new Actor("Korea", "KR", null, "KR", ActorKind.COUNTRY)).hasMessageContaining("alpha-3");
    assertThat(Actor.code("KOR", "GOV")).isEqualTo("KORGOV");
    assertThat(Actor.code(null, "COP")).isEqualTo("COP");
  }

  @Test
  void eventsCheckCodesScalesAndMentions() {
    assertThatThrownBy(() -> new Event("e", null, KOR, null, "4x", 1, 0, null, List.of(MENTION), 0.5, "")).hasMessageContaining("CAMEO");
    assertThatThrownBy(() -> new Event("e", null, KOR, null, "040", 5, 0, null, List.of(MENTION), 0.5, "")).hasMessageContaining("QuadClass");
    assertThatThrownBy(() -> new Event("e", null, KOR, null, "040", 1, 11, null, List.of(MENTION), 0.5, "")).hasMessageContaining("Goldstein");
    assertThatThrownBy(() -> new Event("e", null, KOR, null, "040", 1, 0, null, List.of(), 0.5, "")).hasMessageContaining("mention");
    assertThat(new Event("e", null, KOR, null, "0211", 1, 3, null, List.of(MENTION), 0.5, "").rootCode()).isEqualTo("02");
  }

  @Test
  void recordsCopyTheirLists() {
    List<String> authors = new ArrayList<>(List.of("A B"));
    Article a = new Article("a1", null, "o", "T", "text", authors, null, null, null, "h");
    authors.add("C D");
    assertThat(a.authors()).containsExactly("A B");
  }

  @Test
  void storiesNeedArticlesAndAnOrderedSpan() {
    LocalDate d = LocalDate.of(2026, 1, 2);
    assertThatThrownBy(() -> new Story("s", "t", "", d, d, List.of(), List.of(), List.of(), List.of())).hasMessageContaining("article");
    assertThatThrownBy(() -> new Story("s", "t", "", d, d.minusDays(1), List.of("a"), List.of(), List.of(), List.of()))
        .hasMessageContaining("before");
  }
}
