package dev.storyline.store;

import static dev.storyline.store.Sql.instant;
import static dev.storyline.store.Sql.stamp;

import dev.storyline.model.Source;
import dev.storyline.model.SourceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The followed sources and their polling state. */
final class SourceTables {

  private static final String COLUMNS = "id, url, name, kind, every_seconds, paused, added_at";

  private final Sql sql;

  SourceTables(Sql sql) {
    this.sql = sql;
  }

  Source add(Source s) {
    return sql.atomically("cannot add source " + s.url(), () -> {
      if (byUrl(s.url()).isPresent()) {
        throw new StoreException(s.url() + ": already followed", null);
      }
      sql.update("INSERT INTO sources (url, name, kind, every_seconds, paused, added_at) VALUES (?,?,?,?,?,?)",
          s.url(), s.name(), s.kind(), s.every().toSeconds(), s.paused() ? 1 : 0, stamp(s.added()));
      long id = sql.query("SELECT last_insert_rowid()", rs -> rs.next() ? rs.getLong(1) : 0L);
      return new Source(id, s.url(), s.name(), s.kind(), s.every(), s.paused(), s.added());
    });
  }

  List<Source> all() {
    return sql.query("SELECT " + COLUMNS + " FROM sources ORDER BY id", SourceTables::sources);
  }

  Optional<Source> find(String urlOrName) {
    Objects.requireNonNull(urlOrName, "urlOrName");
    Optional<Source> byUrl = byUrl(urlOrName);
    if (byUrl.isPresent()) {
      return byUrl;
    }
    for (Source s : all()) {
      if (s.name() != null && s.name().equalsIgnoreCase(urlOrName)) {
        return Optional.of(s);
      }
    }
    // Eighteen digits always fit a long, and far more sources than a store will ever follow.
    if (urlOrName.matches("[0-9]{1,18}")) {
      return byId(Long.parseLong(urlOrName));
    }
    return Optional.empty();
  }

  private Optional<Source> byUrl(String url) {
    return first(sql.query("SELECT " + COLUMNS + " FROM sources WHERE url = ?", SourceTables::sources, url));
  }

  Optional<Source> byId(long id) {
    return first(sql.query("SELECT " + COLUMNS + " FROM sources WHERE id = ?", SourceTables::sources, id));
  }

  void update(Source s) {
    sql.atomically("cannot update source " + s.id(), () -> {
      int changed = sql.update("UPDATE sources SET name = ?, kind = ?, every_seconds = ?, paused = ? WHERE id = ?",
          s.name(), s.kind(), s.every().toSeconds(), s.paused() ? 1 : 0, s.id());
      if (changed == 0) {
        throw new StoreException("source " + s.id() + ": not followed", null);
      }
      return null;
    });
  }

  /** Sets one column of a source; {@code column} is one of this class's own names, never input. */
  void set(long id, String column, Object value) {
    sql.atomically("cannot update source " + id, () -> {
      if (sql.update("UPDATE sources SET " + column + " = ? WHERE id = ?", value, id) == 0) {
        throw new StoreException("source " + id + ": not followed", null);
      }
      return null;
    });
  }

  boolean remove(long id) {
    return sql.atomically("cannot remove source " + id, () -> {
      sql.update("DELETE FROM source_items WHERE source_id = ?", id);
      sql.update("DELETE FROM source_state WHERE source_id = ?", id);
      return sql.update("DELETE FROM sources WHERE id = ?", id) > 0;
    });
  }

  SourceState state(long sourceId) {
    return sql.query("SELECT * FROM source_state WHERE source_id = ?", rs -> rs.next()
        ? new SourceState(sourceId, rs.getString("etag"), rs.getString("last_modified"),
            instant(rs.getString("last_attempt")), instant(rs.getString("last_success")), rs.getString("last_error"),
            rs.getInt("failures"), instant(rs.getString("next_due")))
        : SourceState.blank(sourceId), sourceId);
  }

  void saveState(SourceState s) {
    sql.atomically("cannot save state of source " + s.sourceId(), () -> sql.update(
        "INSERT OR REPLACE INTO source_state (source_id, etag, last_modified, last_attempt, last_success, last_error,"
            + " failures, next_due) VALUES (?,?,?,?,?,?,?,?)",
        s.sourceId(), s.etag(), s.lastModified(), stamp(s.lastAttempt()), stamp(s.lastSuccess()), s.lastError(),
        s.failures(), stamp(s.nextDue())));
  }

  List<Source> due(Instant now) {
    return sql.query("SELECT s.id, s.url, s.name, s.kind, s.every_seconds, s.paused, s.added_at FROM sources s"
        + " LEFT JOIN source_state st ON st.source_id = s.id WHERE s.paused = 0 AND (st.next_due IS NULL OR st.next_due <= ?)"
        + " ORDER BY st.next_due IS NOT NULL, st.next_due, s.id", SourceTables::sources, stamp(now));
  }

  private static List<Source> sources(ResultSet rs) throws SQLException {
    List<Source> out = new ArrayList<>();
    while (rs.next()) {
      out.add(new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
          Duration.ofSeconds(rs.getLong(5)), rs.getInt(6) != 0, instant(rs.getString(7))));
    }
    return out;
  }

  private static Optional<Source> first(List<Source> found) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }
}
