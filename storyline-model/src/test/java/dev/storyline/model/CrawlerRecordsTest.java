package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrawlerRecordsTest {

  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
  private static final String URL = "https://news.example/feed";

  @Test
  void sourcesNeedAKnownKindAndAtLeastAMinuteBetweenPolls() {
    assertThatThrownBy(() -> new Source(0, URL, null, "rss", Duration.ofHours(1), false, T)).hasMessageContaining("kind");
    assertThatThrownBy(() -> new Source(0, URL, null, Source.FEED, Duration.ofSeconds(59), false, T))
        .hasMessageContaining("more often");
    assertThatThrownBy(() -> new Source(0, " ", null, Source.FEED, Duration.ofHours(1), false, T)).hasMessageContaining("url");
    assertThatThrownBy(() -> new Source(0, URL, "  ", Source.FEED, Duration.ofHours(1), false, T)).hasMessageContaining("name");
    assertThatThrownBy(() -> new Source(-1, URL, null, Source.FEED, Duration.ofHours(1), false, T)).hasMessageContaining("id");
    assertThat(new Source(0, URL, null, Source.UNKNOWN, Duration.ofMinutes(1), false, T).every()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void sourceIntervalsKeepWholeSeconds() {
    Source s = new Source(0, URL, "News", Source.PAGE, Duration.ofMillis(90_750), true, T);
    assertThat(s.every()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void stateHealthAddressesAndVersionsCheckTheirFields() {
    assertThatThrownBy(() -> new SourceState(1, null, null, null, null, null, -1, null)).hasMessageContaining("failures");
    assertThatThrownBy(() -> SourceState.blank(0)).hasMessageContaining("source id");
    Source s = new Source(3, URL, null, Source.FEED, Duration.ofHours(1), false, T);
    assertThatThrownBy(() -> new SourceHealth(s, SourceState.blank(4), 0, 0, null, null, false)).hasMessageContaining("state");
    assertThatThrownBy(() -> new SourceHealth(s, SourceState.blank(3), 0, Double.NaN, null, null, false))
        .hasMessageContaining("per day");
    assertThatThrownBy(() -> new Address("", null, T)).hasMessageContaining("url");
    assertThatThrownBy(() -> new Version(0, "h", "text", T)).hasMessageContaining("start at 1");
    assertThatThrownBy(() -> new Version(1, "h", "text", null)).isInstanceOf(NullPointerException.class);
  }
}
