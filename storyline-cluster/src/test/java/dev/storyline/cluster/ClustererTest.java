package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Digests;
import dev.storyline.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClustererTest {

  private static final Actor LEE = new Actor("Lee Jae Myung", "KOR", "GOV", "KORGOV", ActorKind.PERSON);
  private static final Actor TAKAICHI = new Actor("Sanae Takaichi", "JPN", "GOV", "JPNGOV", ActorKind.PERSON);
  private static final Actor RUTO = new Actor("William Ruto", "KEN", "GOV", "KENGOV", ActorKind.PERSON);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 14);

  private static final String SUMMIT_1 = "Prime Minister Takaichi hosted President Lee for a summit in Tokyo. "
      + "The leaders agreed to cooperate on semiconductor supply chains and critical minerals stockpiles.";
  private static final String SUMMIT_2 = "President Lee travelled to Tokyo for a summit with Takaichi where both pledged "
      + "supply chains cooperation on semiconductor materials and minerals stockpiles.";
  private static final String FISHERIES = "Japan seized a Korean fishing trawler near Tsushima and detained its captain. "
      + "Seoul protested the seizure and summoned the ambassador over fishing rights.";
  private static final String PROTEST = "Protesters marched through Nairobi against fuel prices while police fired tear gas "
      + "and arrested dozens of demonstrators near parliament.";

  @Test
  void mergesTwoOutletsReportingOneSummit() {
    Clusterer c = new Clusterer(Map.of());
    String first = c.assign(Digests.of("a1", "Summit", SUMMIT_1, MARCH, LEE, TAKAICHI));
    c.assign(Digests.of("x", "Protest", PROTEST, MARCH, RUTO));
    String second = c.assign(Digests.of("a2", "Summit", SUMMIT_2, MARCH.plusDays(1), LEE, TAKAICHI));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void keepsADifferentEventBetweenTheSameCountriesApart() {
    Clusterer c = new Clusterer(Map.of());
    String summit = c.assign(Digests.of("a1", "Summit", SUMMIT_1, MARCH, LEE, TAKAICHI));
    String fisheries = c.assign(Digests.of("a2", "Boat", FISHERIES, MARCH.plusDays(1), LEE, TAKAICHI));
    assertThat(fisheries).isNotEqualTo(summit);
  }

  @Test
  void keepsTheSameKindOfEventMonthsLaterApart() {
    Clusterer c = new Clusterer(Map.of());
    String march = c.assign(Digests.of("a1", "Summit", SUMMIT_1, MARCH, LEE, TAKAICHI));
    String september = c.assign(Digests.of("a2", "Summit", SUMMIT_2, MARCH.plusMonths(6), LEE, TAKAICHI));
    assertThat(september).isNotEqualTo(march);
  }

  @Test
  void storiesKeepTheirIdsAsTheyGrow() {
    ArticleDigest a1 = Digests.of("a1", "Summit", SUMMIT_1, MARCH, LEE, TAKAICHI);
    Clusterer first = new Clusterer(Map.of());
    String id = first.assign(a1);
    Clusterer later = new Clusterer(Map.of(id, List.of(a1)));
    assertThat(later.assign(Digests.of("a2", "Summit", SUMMIT_2, MARCH, LEE, TAKAICHI))).isEqualTo(id);
  }

  @Test
  void buildsAStoryWithSpanSummaryAndActors() {
    ArticleDigest a1 = Digests.of("a1", "Leaders meet in Tokyo", SUMMIT_1, MARCH, LEE, TAKAICHI);
    ArticleDigest a2 = Digests.of("a2", "Lee visits Tokyo", SUMMIT_2, MARCH.plusDays(1), LEE);
    Story s = StoryBuilder.build("s1", List.of(a2, a1));
    assertThat(s.title()).isEqualTo("Leaders meet in Tokyo");
    assertThat(s.articleIds()).containsExactly("a1", "a2");
    assertThat(s.firstSeen()).isEqualTo(MARCH);
    assertThat(s.lastSeen()).isEqualTo(MARCH.plusDays(1));
    assertThat(s.actors()).first().isEqualTo(LEE);
    assertThat(s.summary()).isNotBlank().contains("summit");
    assertThat(s.summary().split("(?<=\\.) ")).hasSizeBetween(1, Summaries.SENTENCES);
  }
}
