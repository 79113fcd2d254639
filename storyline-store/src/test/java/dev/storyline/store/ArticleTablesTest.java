package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.Address;
import dev.storyline.model.Article;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Story;
import dev.storyline.model.Version;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTablesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final Instant T1 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-01T09:30:00Z");

  @TempDir Path dir;

  /** Stores an article with this id, own url (or null) and text, its content hash "hash-" + id. */
  static void store(Store store, String id, String url, String text) {
    Article a = new Article(id, url, "test:" + id, "Title " + id, text, List.of(), "Test Wire", DAY, "en", "hash-" + id);
    store.addArticle(new ArticleDigest(a, DAY, List.of(text), List.of(), List.of(), 0.0, List.of(), Map.of()),
        new Story("s-" + id, "Title " + id, "Sum.", DAY, DAY, List.of(id), List.of(), List.of(), List.of()));
  }

  @Test
  void addressesComeOwnUrlFirstThenFirstSeenAndOnceEach() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store(store, "a1", "https://wire.example/story-1", "Ministers met in Beijing.");
      Address syndicated = new Address("https://paper.example/world/story", "The Paper", T2);
      Address amp = new Address("https://wire.example/amp/story-1", "Test Wire", T1);
      store.addAddress("a1", syndicated);
      store.addAddress("a1", amp);
      store.addAddress("a1", new Address("https://paper.example/world/story", "Other", T1));
      store.addAddress("a1", new Address("https://wire.example/story-1", "Elsewhere", T1));
      List<Address> found = store.addresses("a1");
      assertThat(found).extracting(Address::url)
          .containsExactly("https://wire.example/story-1", "https://wire.example/amp/story-1", "https://paper.example/world/story");
      assertThat(found.get(0).outlet()).isEqualTo("Test Wire");
      assertThat(found.subList(1, 3)).containsExactly(amp, syndicated);
      assertThat(store.counts()).containsEntry("article_addresses", 2L);
    }
  }

  @Test
  void anArticleWithoutUrlListsOnlyAddedAddresses() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store(store, "a1", null, "Ministers met in Beijing.");
      assertThat(store.addresses("a1")).isEmpty();
      Address a = new Address("https://wire.example/story-1", null, T1);
      store.addAddress("a1", a);
      assertThat(store.addresses("a1")).containsExactly(a);
      assertThat(store.addresses("nope")).isEmpty();
    }
  }

  @Test
  void findsArticlesByOwnOrAddedAddressAndByAnyVersionsContent() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store(store, "a1", "https://wire.example/story-1", "Ministers met in Beijing.");
      store(store, "a2", "https://wire.example/story-2", "Ministers met again.");
      store.addAddress("a2", new Address("https://paper.example/world/story", "The Paper", T1));
      assertThat(store.articleByUrl("https://wire.example/story-1")).contains("a1");
      assertThat(store.articleByUrl("https://paper.example/world/story")).contains("a2");
      assertThat(store.articleByUrl("https://paper.example/")).isEmpty();
      store.addVersion("a1", "hash-new", "Ministers met in Beijing on Monday.", T2);
      assertThat(store.articleByContent("hash-a2")).contains("a2");
      assertThat(store.articleByContent("hash-new")).contains("a1");
      assertThat(store.articleByContent("hash-none")).isEmpty();
    }
  }

  @Test
  void refusesAddressesAndFingerprintsOfArticlesNotStored() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      assertThatThrownBy(() -> store.addAddress("nope", new Address("https://x.example/", null, T1)))
          .isInstanceOf(StoreException.class).hasMessage("nope: no such article");
      assertThatThrownBy(() -> store.setFingerprint("nope", 1L)).hasMessage("nope: no such article");
      assertThatThrownBy(() -> store.addVersion("nope", "h", "text", T1)).hasMessage("nope: no such article");
    }
  }

  @Test
  void theFirstChangeMakesTheOriginalVersionOne() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store(store, "a1", "https://wire.example/story-1", "Ministers met in Beijing.");
      assertThat(store.versions("a1")).isEmpty();
      store.addVersion("a1", "hash-a1", "Ministers met in Beijing.", T1);
      assertThat(store.versions("a1")).as("refetching the original is no change").isEmpty();
      store.addVersion("a1", "hash-2", "Ministers met in Beijing on Monday.", T1);
      store.addVersion("a1", "hash-2", "Ministers met in Beijing on Monday.", T2);
      store.addVersion("a1", "hash-a1", "Ministers met in Beijing.", T2);
      store.addVersion("a1", "hash-3", "Ministers met in Beijing on Monday to talk trade.", T2);
      List<Version> versions = store.versions("a1");
      assertThat(versions).extracting(Version::number).containsExactly(1, 2, 3);
      assertThat(versions.get(0).contentHash()).isEqualTo("hash-a1");
      assertThat(versions.get(0).text()).isEqualTo("Ministers met in Beijing.");
      assertThat(versions.get(0).fetched()).isEqualTo(store.addresses("a1").get(0).seen());
      assertThat(versions.get(1)).isEqualTo(new Version(2, "hash-2", "Ministers met in Beijing on Monday.", T1));
      assertThat(versions.get(2).contentHash()).isEqualTo("hash-3");
      assertThat(store.counts()).containsEntry("article_versions", 3L);
    }
  }

  @Test
  void countsVersionsWithoutReadingThem() {
    try (Store store = new SqliteStore(dir.resolve("db.sqlite"))) {
      store(store, "a1", "https://wire.example/story-1", "Ministers met in Beijing.");
      assertThat(store.versionCount("a1")).isZero();
      store.addVersion("a1", "hash-2", "Ministers met in Beijing on Monday.", T1);
      assertThat(store.versionCount("a1")).isEqualTo(store.versions("a1").size()).isEqualTo(2);
    }
  }

  @Test
  void fingerprintsKeepAllSixtyFourBitsAndTheirOrder() {
    Path file = dir.resolve("db.sqlite");
    try (Store store = new SqliteStore(file)) {
      store(store, "a1", null, "First text.");
      store(store, "a2", null, "Second text.");
      store(store, "a3", null, "Third text.");
      store.setFingerprint("a2", -1L);
      store.setFingerprint("a1", Long.MIN_VALUE);
      store.setFingerprint("a3", Long.MAX_VALUE);
      store.setFingerprint("a2", 0x8000_0000_0000_0001L);
    }
    try (Store store = new SqliteStore(file)) {
      assertThat(store.fingerprints()).containsExactly(Map.entry("a2", 0x8000_0000_0000_0001L),
          Map.entry("a1", Long.MIN_VALUE), Map.entry("a3", Long.MAX_VALUE));
    }
  }
}
