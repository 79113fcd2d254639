package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.Digests;
import dev.storyline.model.Source;
import dev.storyline.model.SourceState;
import dev.storyline.model.Story;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  @TempDir Path dir;

  private static Source source(String url, String name) {
    return new Source(0, url, name, Source.UNKNOWN, Duration.ofMinutes(15), false, T0);
  }

  @Test
  void addsListsAndFindsSourcesByUrlNameOrId() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      Source world = store.addSource(source("https://news.example/world.xml", "World"));
      Source eco = store.addSource(source("https://news.example/eco.xml", "Économie"));
      Source bare = store.addSource(source("https://blog.example/", null));
      assertThat(world.id()).isPositive();
      assertThat(eco.id()).isNotEqualTo(world.id());
      assertThat(store.sources()).containsExactly(world, eco, bare);
      assertThat(store.source("https://news.example/world.xml")).contains(world);
      assertThat(store.source("wORLD")).contains(world);
      assertThat(store.source("ÉCONOMIE")).contains(eco);
      assertThat(store.source(Long.toString(bare.id()))).contains(bare);
      assertThat(store.source("https://news.example/")).isEmpty();
      assertThat(store.source("99999999999999999999999")).isEmpty();
    }
  }

  @Test
  void refusesAnUrlAlreadyFollowedInOneLine() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store.addSource(source("https://news.example/world.xml", "World"));
      assertThatThrownBy(() -> store.addSource(source("https://news.example/world.xml", "Other")))
          .isInstanceOf(StoreException.class)
          .hasMessage("https://news.example/world.xml: already followed");
      assertThat(store.sources()).hasSize(1);
    }
  }

  @Test
  void updatesAndPausesASourceKeepingItsUrl() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      Source s = store.addSource(source("https://news.example/world.xml", "World"));
      Source changed = new Source(s.id(), s.url(), "World news", Source.FEED, Duration.ofHours(2), true, s.added());
      store.updateSource(changed);
      assertThat(store.source(s.url())).contains(changed);
      assertThatThrownBy(() -> store.updateSource(new Source(404, "https://x.example/", null, Source.PAGE, HOUR, false, T0)))
          .isInstanceOf(StoreException.class).hasMessage("source 404: not followed");
    }
  }

  @Test
  void keepsAPauseMadeWhileAPollRecordsTheSourcesKind() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      Source s = store.addSource(source("https://news.example/world.xml", "World"));
      store.setSourcePaused(s.id(), true); // the user pauses while the poll runs
      store.setSourceKind(s.id(), Source.SITEMAP); // then the poll says what it found
      Source now = store.source(s.url()).orElseThrow();
      assertThat(now.paused()).isTrue();
      assertThat(now.kind()).isEqualTo(Source.SITEMAP);
      assertThat(now.name()).isEqualTo("World");
      store.setSourcePaused(s.id(), false);
      assertThat(store.source(s.url()).orElseThrow().paused()).isFalse();
      assertThatThrownBy(() -> store.setSourceKind(404, Source.FEED)).isInstanceOf(StoreException.class)
          .hasMessage("source 404: not followed");
    }
  }

  @Test
  void removesASourceWithItsStateAndItemsButNotArticles() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store.addArticle(Digests.of("a1", "Title", "Some text about the ministers meeting.", LocalDate.of(2026, 3, 1)),
          new Story("s1", "Title", "Sum.", null, null, List.of("a1"), List.of(), List.of(), List.of()));
      Source s = store.addSource(source("https://news.example/world.xml", "World"));
      Source other = store.addSource(source("https://news.example/eco.xml", "Eco"));
      store.saveSourceState(new SourceState(s.id(), "\"e1\"", null, T0, T0, null, 0, T0.plus(HOUR)));
      store.recordItems(s.id(), List.of("https://news.example/1"), T0);
      store.recordItems(other.id(), List.of("https://news.example/1"), T0);
      assertThat(store.removeSource(s.id())).isTrue();
      assertThat(store.removeSource(s.id())).isFalse();
      assertThat(store.sources()).containsExactly(other);
      assertThat(store.sourceState(s.id())).isEqualTo(SourceState.blank(s.id()));
      assertThat(store.knowsItem(s.id(), "https://news.example/1")).isFalse();
      assertThat(store.knowsItem(other.id(), "https://news.example/1")).isTrue();
      assertThat(store.counts()).containsEntry("source_state", 0L).containsEntry("source_items", 1L)
          .containsEntry("articles", 1L);
    }
  }

  @Test
  void keepsPollingStateExactlyAcrossReopening() {
    Path file = dir.resolve("db.sqlite");
    SourceState state;
    try (Store store = new SqliteStore(file)) {
      Source s = store.addSource(source("https://news.example/world.xml", "World"));
      assertThat(store.sourceState(s.id())).isEqualTo(new SourceState(s.id(), null, null, null, null, null, 0, null));
      state = new SourceState(s.id(), "W/\"abc\"", "Sun, 01 Mar 2026 11:00:00 GMT", Instant.parse("2026-03-01T12:00:00.123456789Z"),
          T0.minus(HOUR), "https://news.example/world.xml: HTTP 503", 2, Instant.now());
      store.saveSourceState(state);
    }
    try (Store store = new SqliteStore(file)) {
      assertThat(store.sourceState(state.sourceId())).isEqualTo(state);
      SourceState recovered = new SourceState(state.sourceId(), "W/\"abd\"", null, T0, T0, null, 0, T0.plus(HOUR));
      store.saveSourceState(recovered);
      assertThat(store.sourceState(state.sourceId())).isEqualTo(recovered);
      assertThat(store.counts()).containsEntry("source_state", 1L);
    }
  }

  @Test
  void refusesStateForASourceNotFollowed() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      assertThatThrownBy(() -> store.saveSourceState(SourceState.blank(7))).isInstanceOf(StoreException.class)
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void countsOnlyNewItemsAndKeepsTheirFirstSeenTime() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = store.addSource(source("https://news.example/world.xml", "World")).id();
      assertThat(store.recordItems(id, List.of("https://news.example/a", "https://news.example/b"), T0)).isEqualTo(2);
      assertThat(store.recordItems(id, List.of("https://news.example/b", "https://news.example/c", "https://news.example/c"),
          T0.plus(HOUR))).isEqualTo(1);
      assertThat(store.recordItems(id, List.of("https://news.example/a"), T0.plus(Duration.ofDays(1)))).isZero();
      assertThat(store.knowsItem(id, "https://news.example/c")).isTrue();
      assertThat(store.knowsItem(id, "https://news.example/d")).isFalse();
      assertThat(store.health(id, T0.plus(Duration.ofDays(2))).lastItem()).isEqualTo(T0.plus(HOUR));
      assertThat(store.counts()).containsEntry("source_items", 3L);
    }
  }

  @Test
  void aFailedItemBatchRecordsNothing() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      long id = store.addSource(source("https://news.example/world.xml", "World")).id();
      assertThatThrownBy(() -> store.recordItems(id, Arrays.asList("https://news.example/a", null), T0))
          .isInstanceOf(StoreException.class);
      assertThat(store.knowsItem(id, "https://news.example/a")).isFalse();
      assertThatThrownBy(() -> store.recordItems(404, List.of("https://news.example/a"), T0)).isInstanceOf(StoreException.class);
      assertThat(store.counts()).containsEntry("source_items", 0L);
    }
  }

  @Test
  void dueSourcesSkipPausedAndNotYetDueOnesNeverPolledFirst() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      Source late = store.addSource(source("https://a.example/", "late"));
      Source fresh = store.addSource(source("https://b.example/", "fresh"));
      Source later = store.addSource(source("https://c.example/", "later"));
      Source waiting = store.addSource(source("https://d.example/", "waiting"));
      Source paused = store.addSource(new Source(0, "https://e.example/", "paused", Source.FEED, HOUR, true, T0));
      Source now = store.addSource(source("https://f.example/", "now"));
      store.saveSourceState(new SourceState(late.id(), null, null, T0, T0, null, 0, T0.minus(HOUR)));
      store.saveSourceState(new SourceState(later.id(), null, null, T0, T0, null, 0, T0.minus(Duration.ofMinutes(5))));
      store.saveSourceState(new SourceState(waiting.id(), null, null, T0, T0, null, 0, T0.plusSeconds(1)));
      store.saveSourceState(new SourceState(now.id(), null, null, T0, T0, null, 0, T0));
      assertThat(store.dueSources(T0)).containsExactly(fresh, late, later, now);
      assertThat(store.dueSources(T0.plusSeconds(1))).contains(waiting).doesNotContain(paused);
    }
  }

  @Test
  void dueComparesInstantsNotTheirSpelling() {
    // Instant.toString writes 12:00:00Z and 12:00:00.500Z, which sort the wrong way round as text.
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      Source s = store.addSource(source("https://a.example/", "a"));
      store.saveSourceState(new SourceState(s.id(), null, null, T0, T0, null, 0, T0));
      assertThat(store.dueSources(T0.plusMillis(500))).containsExactly(s);
      store.saveSourceState(new SourceState(s.id(), null, null, T0, T0, null, 0, T0.plusMillis(500)));
      assertThat(store.dueSources(T0)).isEmpty();
    }
  }
}
