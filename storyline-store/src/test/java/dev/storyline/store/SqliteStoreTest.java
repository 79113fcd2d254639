package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Digests;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import dev.storyline.model.Place;
import dev.storyline.model.Reply;
import dev.storyline.model.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {

  private static final Actor KOR = new Actor("South Korea", "KOR", null, "KOR", ActorKind.COUNTRY);
  private static final Actor CHN = new Actor("China", "CHN", null, "CHN", ActorKind.COUNTRY);
  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  @TempDir Path dir;

  @Test
  void keepsArticlesStoriesAndEventsAcrossReopening() {
    ArticleDigest d = Digests.of("a1", "Ministers meet", "Ministers met in Beijing to discuss trade ties.", DAY, KOR, CHN);
    Event e = new Event("e1", DAY, KOR, CHN, "040", 1, 1.0, new Place("Beijing", "CHN", 39.9, 116.4),
        List.of(new EventMention("a1", 0, "Ministers met in Beijing.", 0, 25)), 0.8, "test");
    Story s = new Story("s1", "Ministers meet", "Ministers met.", DAY, DAY, List.of("a1"), List.of(e), List.of(KOR, CHN), List.of("diplomacy"));
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store.addArticle(d, s);
    }
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      assertThat(store.hasContent("hash-a1")).isTrue();
      Story back = store.story("s1").orElseThrow();
      assertThat(back.articleIds()).containsExactly("a1");
      assertThat(back.events()).containsExactly(e);
      assertThat(back.actors()).containsExactly(KOR, CHN);
      assertThat(store.article("a1").orElseThrow().entities()).hasSize(2);
      assertThat(store.events("CHN", "KOR")).hasSize(1);
      assertThat(store.events("JPN", "KOR")).isEmpty();
      assertThat(store.counts()).containsEntry("articles", 1L).containsEntry("events", 1L);
    }
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    ArticleDigest d = Digests.of("a1", "Title", "Some text about the ministers meeting.", DAY);
    Story s = new Story("s1", "Title", "Sum.", DAY, DAY, List.of("a1"), List.of(), List.of(), List.of());
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store.addArticle(d, s);
      var before = store.counts();
      Story changed = new Story("s1", "Changed title", "Changed.", DAY, DAY, List.of("a1"), List.of(), List.of(), List.of());
      assertThatThrownBy(() -> store.addArticle(d, changed)).isInstanceOf(StoreException.class);
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.story("s1").orElseThrow().title()).isEqualTo("Title");
    }
  }

  @Test
  void keepsRepliesVerbatimInOrder() {
    ArticleDigest d = Digests.of("a1", "Title", "Some text about the ministers meeting.", DAY);
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store.addArticle(d, new Story("s1", "Title", "Sum.", DAY, DAY, List.of("a1"), List.of(), List.of(), List.of()));
      store.addReply(new Reply(0, "s1", "Ann", "ann@example.org", "<script>alert(1)</script>", Instant.now()));
      store.addReply(new Reply(0, "s1", "Bo", "bo@example.org", "Second", Instant.now()));
      assertThat(store.replies("s1")).extracting(Reply::comment).containsExactly("<script>alert(1)</script>", "Second");
    }
  }
}
