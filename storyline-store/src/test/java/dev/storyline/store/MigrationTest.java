package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Address;
import dev.storyline.model.Source;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

  @TempDir Path dir;

  private static String schemaVersion(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void crawlerTablesArriveOverAVersionOneDatabaseKeepingItsData() throws Exception {
    Path file = dir.resolve("db.sqlite");
    try (Store store = new SqliteStore(file, "1")) {
      ArticleTablesTest.store(store, "a1", "https://wire.example/story-1", "Ministers met in Beijing.");
    }
    assertThat(schemaVersion(file)).isEqualTo("1");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO sources (kind, location, name, added_at) VALUES ('file', '/srv/news', 'Archive',"
          + " '2026-01-05T10:00:00Z')");
    }

    try (Store store = new SqliteStore(file)) {
      assertThat(schemaVersion(file)).isEqualTo("2");
      assertThat(store.article("a1").orElseThrow().article().text()).isEqualTo("Ministers met in Beijing.");
      assertThat(store.story("s-a1")).isPresent();
      assertThat(store.articleByUrl("https://wire.example/story-1")).contains("a1");
      assertThat(store.sources()).containsExactly(new Source(1, "/srv/news", "Archive", Source.UNKNOWN, Duration.ofHours(1),
          false, Instant.parse("2026-01-05T10:00:00Z")));
      Instant later = Instant.parse("2026-03-02T00:00:00Z");
      store.addVersion("a1", "hash-2", "Ministers met in Beijing on Monday.", later);
      assertThat(store.versions("a1")).hasSize(2);
      store.addAddress("a1", new Address("https://paper.example/story", null, later));
      assertThat(store.addresses("a1")).hasSize(2);
      assertThat(store.counts()).containsEntry("articles", 1L).containsEntry("sources", 1L)
          .containsKeys("source_state", "source_items", "article_addresses", "article_fingerprints", "article_versions");
    }
  }
}
