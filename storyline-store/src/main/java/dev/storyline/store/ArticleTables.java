package dev.storyline.store;

import static dev.storyline.store.Sql.instant;
import static dev.storyline.store.Sql.stamp;

import dev.storyline.model.Address;
import dev.storyline.model.Version;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the crawler learns of a stored article after it is stored: other addresses, fingerprint, later texts. */
final class ArticleTables {

  private final Sql sql;

  ArticleTables(Sql sql) {
    this.sql = sql;
  }

  Optional<String> byUrl(String url) {
    // Articles' rowids follow insertion, so among several the first stored wins, its own url before added ones.
    return Optional.ofNullable(sql.query("SELECT id FROM (SELECT id, 0 AS added, rowid AS n FROM articles WHERE url = ?"
        + " UNION ALL SELECT article_id, 1, rowid FROM article_addresses WHERE url = ?) ORDER BY added, n LIMIT 1",
        rs -> rs.next() ? rs.getString(1) : null, url, url));
  }

  Optional<String> byContent(String contentHash) {
    return Optional.ofNullable(sql.query("SELECT id FROM (SELECT id, 0 AS later, rowid AS n FROM articles WHERE content_hash = ?"
        + " UNION ALL SELECT article_id, 1, rowid FROM article_versions WHERE content_hash = ?) ORDER BY later, n LIMIT 1",
        rs -> rs.next() ? rs.getString(1) : null, contentHash, contentHash));
  }

  void addAddress(String articleId, Address a) {
    sql.atomically("cannot add address " + a.url() + " to article " + articleId, () -> {
      if (!a.url().equals(ownUrl(articleId))) {
        sql.update("INSERT INTO article_addresses (article_id, url, outlet, seen) VALUES (?,?,?,?)"
            + " ON CONFLICT(article_id, url) DO NOTHING",
            articleId, a.url(), a.outlet(), stamp(a.seen()));
      }
      return null;
    });
  }

  List<Address> addresses(String articleId) {
    List<Address> out = new ArrayList<>();
    sql.query("SELECT url, outlet, ingested_at FROM articles WHERE id = ? AND url IS NOT NULL", rs -> {
      if (rs.next()) {
        out.add(new Address(rs.getString(1), rs.getString(2), instant(rs.getString(3))));
      }
      return null;
    }, articleId);
    sql.query("SELECT url, outlet, seen FROM article_addresses WHERE article_id = ? ORDER BY seen, rowid", rs -> {
      while (rs.next()) {
        out.add(new Address(rs.getString(1), rs.getString(2), instant(rs.getString(3))));
      }
      return null;
    }, articleId);
    return out;
  }

  void setFingerprint(String articleId, long simhash) {
    // An upsert, not a replace: the row keeps its place in insertion order.
    sql.atomically("cannot set fingerprint of article " + articleId, () -> {
      ownUrl(articleId);
      return sql.update("INSERT INTO article_fingerprints (article_id, simhash) VALUES (?,?)"
          + " ON CONFLICT(article_id) DO UPDATE SET simhash = excluded.simhash", articleId, simhash);
    });
  }

  Map<String, Long> fingerprints() {
    return sql.query("SELECT article_id, simhash FROM article_fingerprints ORDER BY rowid", rs -> {
      Map<String, Long> out = new LinkedHashMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    });
  }

  void addVersion(String articleId, String contentHash, String text, Instant fetched) {
    // Built first so a bad argument is refused before anything is written.
    Version added = new Version(1, contentHash, text, fetched);
    sql.atomically("cannot add a version of article " + articleId, () -> {
      Original o = original(articleId);
      boolean known = sql.query("SELECT 1 FROM article_versions WHERE article_id = ? AND content_hash = ?",
          rs -> rs.next(), articleId, contentHash);
      int last = sql.query("SELECT COALESCE(MAX(number), 0) FROM article_versions WHERE article_id = ?",
          rs -> rs.next() ? rs.getInt(1) : 0, articleId);
      if (known || (last == 0 && contentHash.equals(o.contentHash))) {
        return null;
      }
      if (last == 0) {
        insertVersion(articleId, new Version(++last, o.contentHash, o.text, o.ingested));
      }
      insertVersion(articleId, new Version(++last, added.contentHash(), added.text(), added.fetched()));
      return null;
    });
  }

  private void insertVersion(String articleId, Version v) throws SQLException {
    sql.update("INSERT INTO article_versions (article_id, number, content_hash, text, fetched) VALUES (?,?,?,?,?)",
        articleId, v.number(), v.contentHash(), v.text(), stamp(v.fetched()));
  }

  List<Version> versions(String articleId) {
    return sql.query("SELECT number, content_hash, text, fetched FROM article_versions WHERE article_id = ? ORDER BY number",
        rs -> {
          List<Version> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new Version(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs.getString(4))));
          }
          return out;
        }, articleId);
  }

  int versionCount(String articleId) {
    return sql.query("SELECT COUNT(*) FROM article_versions WHERE article_id = ?", rs -> rs.next() ? rs.getInt(1) : 0,
        articleId);
  }

  /** The article as first stored; a missing one is refused with a one-line message. */
  private Original original(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    Original o = sql.query("SELECT url, content_hash, text, ingested_at FROM articles WHERE id = ?",
        rs -> rs.next() ? new Original(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getString(4))) : null,
        articleId);
    if (o == null) {
      throw new StoreException(articleId + ": no such article", null);
    }
    return o;
  }

  /**
   * The article's own address (null when it has none), reading no more than that; a missing article
   * is refused with a one-line message.
   */
  private String ownUrl(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    String[] url = sql.query("SELECT url FROM articles WHERE id = ?",
        rs -> rs.next() ? new String[] {rs.getString(1)} : null, articleId);
    if (url == null) {
      throw new StoreException(articleId + ": no such article", null);
    }
    return url[0];
  }

  private record Original(String url, String contentHash, String text, Instant ingested) {}
}
