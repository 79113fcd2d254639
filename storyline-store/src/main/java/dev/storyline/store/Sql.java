package dev.storyline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/** The store's connection with the statement and transaction helpers its tables share. Not thread-safe. */
final class Sql {

  /** Instants as ISO-8601 UTC with all nine fraction digits: fixed width, so text order is time order. */
  private static final DateTimeFormatter STAMP = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

  private final Path file;
  private final Connection db;

  Sql(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  interface Work<T> {
    T run() throws SQLException;
  }

  <T> T query(String sql, Reader<T> reader, Object... args) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": query failed: " + e.getMessage(), e);
    }
  }

  /** Runs a write statement and returns how many rows it changed. */
  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return db.prepareStatement(sql);
  }

  /**
   * Runs {@code work} in one transaction: all of it is stored or none. A {@link StoreException} it throws
   * passes through as it is; any other failure becomes one saying "{@code what}" and why.
   */
  <T> T atomically(String what, Work<T> work) {
    try {
      db.setAutoCommit(false);
      T result = work.run();
      db.commit();
      return result;
    } catch (StoreException e) {
      rollback();
      throw e;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        throw new StoreException(file + ": cannot end transaction: " + e.getMessage(), e);
      }
    }
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  static String stamp(Instant t) {
    return t == null ? null : STAMP.format(t);
  }

  static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
