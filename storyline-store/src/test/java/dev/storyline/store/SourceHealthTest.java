package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.model.Source;
import dev.storyline.model.SourceHealth;
import dev.storyline.model.SourceState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHealthTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  @TempDir Path dir;

  /** A source added at {@code added} that listed one new item at each of the given offsets from T0. */
  private static long sourceWithItemsAt(Store store, Instant added, Duration... offsets) {
    long id = store.addSource(new Source(0, "https://news.example/feed", "News", Source.FEED, HOUR, false, added)).id();
    for (int i = 0; i < offsets.length; i++) {
      store.recordItems(id, List.of("https://news.example/" + i), T0.plus(offsets[i]));
    }
    return id;
  }

  @Test
  void usualIntervalIsTheMedianGapAndAGapNeedsThreeOfThem() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      // Gaps of 1, 2 and 3 hours: the median is 2, so silence longer than 6 hours is a gap.
      long id = sourceWithItemsAt(store, T0, Duration.ZERO, HOUR, HOUR.multipliedBy(3), HOUR.multipliedBy(6));
      SourceHealth quiet = store.health(id, T0.plus(HOUR.multipliedBy(11)));
      assertThat(quiet.items()).isEqualTo(4);
      assertThat(quiet.lastItem()).isEqualTo(T0.plus(HOUR.multipliedBy(6)));
      assertThat(quiet.usualInterval()).isEqualTo(HOUR.multipliedBy(2));
      assertThat(quiet.gap()).isFalse();
      assertThat(store.health(id, T0.plus(HOUR.multipliedBy(12))).gap()).isFalse();
      assertThat(store.health(id, T0.plus(HOUR.multipliedBy(12)).plusSeconds(1)).gap()).isTrue();
      assertThat(quiet.source().id()).isEqualTo(id);
      assertThat(quiet.state()).isEqualTo(SourceState.blank(id));
    }
  }

  @Test
  void anEvenNumberOfGapsTakesTheMeanOfTheMiddleTwo() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      // Gaps of 1, 2, 4 and 10 hours.
      long id = sourceWithItemsAt(store, T0, Duration.ZERO, HOUR, HOUR.multipliedBy(3), HOUR.multipliedBy(7),
          HOUR.multipliedBy(17));
      assertThat(store.health(id, T0.plus(HOUR.multipliedBy(18))).usualInterval()).isEqualTo(HOUR.multipliedBy(3));
    }
  }

  @Test
  void fewerThanThreeItemsGiveNoUsualIntervalAndNoGap() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = sourceWithItemsAt(store, T0, Duration.ZERO, HOUR);
      SourceHealth h = store.health(id, T0.plus(Duration.ofDays(30)));
      assertThat(h.usualInterval()).isNull();
      assertThat(h.gap()).isFalse();
      long empty = store.addSource(new Source(0, "https://quiet.example/", null, Source.PAGE, HOUR, false, T0)).id();
      SourceHealth none = store.health(empty, T0.plus(DAY));
      assertThat(none.items()).isZero();
      assertThat(none.lastItem()).isNull();
      assertThat(none.itemsPerDay()).isZero();
    }
  }

  @Test
  void itemsFoundInOnePollDoNotShrinkTheUsualInterval() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = store.addSource(new Source(0, "https://news.example/feed", "News", Source.FEED, HOUR, false, T0)).id();
      List<String> backlog = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        backlog.add("https://news.example/old/" + i);
      }
      store.recordItems(id, backlog, T0);
      store.recordItems(id, List.of("https://news.example/new/1"), T0.plus(HOUR));
      store.recordItems(id, List.of("https://news.example/new/2"), T0.plus(HOUR.multipliedBy(3)));
      SourceHealth h = store.health(id, T0.plus(HOUR.multipliedBy(4)));
      assertThat(h.usualInterval()).isEqualTo(Duration.ofMinutes(90));
      assertThat(h.gap()).isFalse();
    }
  }

  @Test
  void usualIntervalLooksAtTheLastFiftyItemsOnly() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = store.addSource(new Source(0, "https://news.example/feed", "News", Source.FEED, HOUR, false, T0)).id();
      Instant t = T0;
      // A hundred items ten hours apart, then fifty an hour apart: the source has become busy.
      for (int i = 0; i < 150; i++) {
        t = t.plus(i < 100 ? HOUR.multipliedBy(10) : HOUR);
        store.recordItems(id, List.of("https://news.example/" + i), t);
      }
      assertThat(store.health(id, t).usualInterval()).isEqualTo(HOUR);
    }
  }

  @Test
  void itemsPerDayCountsTheLastWeekOfAnOldSource() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      List<Duration> offsets = new ArrayList<>();
      for (int day = 0; day < 10; day++) {
        offsets.add(DAY.multipliedBy(day).plus(HOUR));
        offsets.add(DAY.multipliedBy(day).plus(HOUR.multipliedBy(13)));
      }
      // Added ten days before "now" (T0 + 10 days); the last seven days hold fourteen items.
      long id = sourceWithItemsAt(store, T0, offsets.toArray(Duration[]::new));
      SourceHealth h = store.health(id, T0.plus(DAY.multipliedBy(10)));
      assertThat(h.items()).isEqualTo(20);
      assertThat(h.itemsPerDay()).isCloseTo(2.0, within(1e-9));
    }
  }

  @Test
  void itemsPerDayOfAYoungSourceCountsSinceItWasAdded() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      // Added two days before "now" with six items: three a day.
      long id = sourceWithItemsAt(store, T0, HOUR, HOUR.multipliedBy(5), HOUR.multipliedBy(9), DAY.plus(HOUR),
          DAY.plus(HOUR.multipliedBy(2)), DAY.plus(HOUR.multipliedBy(3)));
      assertThat(store.health(id, T0.plus(DAY.multipliedBy(2))).itemsPerDay()).isCloseTo(3.0, within(1e-9));
    }
  }

  @Test
  void aFirstPollsBacklogIsSpreadOverAtLeastADay() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = sourceWithItemsAt(store, T0, Duration.ZERO, Duration.ZERO.plusSeconds(1), Duration.ZERO.plusSeconds(2));
      assertThat(store.health(id, T0.plus(Duration.ofMinutes(1))).itemsPerDay()).isCloseTo(3.0, within(1e-9));
    }
  }

  @Test
  void refusesHealthOfASourceNotFollowed() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      assertThatThrownBy(() -> store.health(12, T0)).isInstanceOf(StoreException.class).hasMessage("source 12: not followed");
    }
  }
}
