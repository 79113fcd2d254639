package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Address;
import dev.storyline.model.Article;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Event;
import dev.storyline.model.Reply;
import dev.storyline.model.Source;
import dev.storyline.model.SourceHealth;
import dev.storyline.model.SourceState;
import dev.storyline.model.Story;
import dev.storyline.model.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/** The store in one SQLite file, WAL mode, schema migrated by Flyway on open. Methods are synchronized. */
public final class SqliteStore implements Store {

  /** Milliseconds a writer waits for another process's lock before failing: long enough for one ingest commit. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Actor>> ACTORS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};
  private static final TypeReference<Event> EVENT = new TypeReference<>() {};

  private final Path file;
  private final Connection db;
  private final Sql sql;
  private final SourceTables sources;
  private final SourceItems items;
  private final ArticleTables articles;

  /** Opens (creating when absent) the database file and brings its schema up to date. */
  public SqliteStore(Path file) {
    this(file, null);
  }

  /** Opens the database file with its schema migrated up to {@code schemaVersion} only, or to the latest when null. */
  SqliteStore(Path file, String schemaVersion) {
    this.file = file;
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      var flyway = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
      if (schemaVersion != null) {
        flyway.target(schemaVersion);
      }
      flyway.load().migrate();
      db = DriverManager.getConnection(url);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
      }
    } catch (Exception e) {
      throw new StoreException(file + ": cannot open database: " + e.getMessage(), e);
    }
    sql = new Sql(file, db);
    sources = new SourceTables(sql);
    items = new SourceItems(sql);
    articles = new ArticleTables(sql);
  }

  @Override
  public synchronized boolean hasContent(String contentHash) {
    return query("SELECT 1 FROM articles WHERE content_hash = ?", rs -> rs.next(), contentHash);
  }

  @Override
  public synchronized void addArticle(ArticleDigest d, Story story) {
    sql.atomically("cannot store article " + d.article().id(), () -> {
      writeStory(story);
      Article a = d.article();
      update("INSERT INTO articles (id, content_hash, story_id, url, origin, title, text, authors, outlet, published,"
              + " language, seen, tone, topics, sentences, terms, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          a.id(), a.contentHash(), story.id(), a.url(), a.origin(), a.title(), a.text(), Json.write(a.authors()),
          a.outlet(), a.published() == null ? null : a.published().toString(), a.language(), d.seen().toString(),
          d.tone(), Json.write(d.topics()), Json.write(d.sentences()), Json.write(d.terms()), Instant.now().toString());
      for (EntityMention m : d.entities()) {
        Actor x = m.actor();
        update("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", a.id(), m.sentence(), m.tokenStart(),
            m.tokenEnd(), m.begin(), m.end(), m.text(), m.type(), x == null ? null : x.name(),
            x == null ? null : x.country(), x == null ? null : x.role(), x == null ? null : x.code(),
            x == null ? null : x.kind().name());
      }
      for (Event e : d.events()) {
        update("INSERT OR REPLACE INTO article_events VALUES (?,?,?)", e.id(), a.id(), Json.write(e));
      }
      return null;
    });
  }

  private void writeStory(Story s) throws SQLException {
    update("INSERT INTO stories (id, title, summary, first_seen, last_seen, actors, topics, updated_at) VALUES (?,?,?,?,?,?,?,?)"
            + " ON CONFLICT(id) DO UPDATE SET title=excluded.title, summary=excluded.summary, first_seen=excluded.first_seen,"
            + " last_seen=excluded.last_seen, actors=excluded.actors, topics=excluded.topics, updated_at=excluded.updated_at",
        s.id(), s.title(), s.summary(), str(s.firstSeen()), str(s.lastSeen()), Json.write(s.actors()),
        Json.write(s.topics()), Instant.now().toString());
    update("DELETE FROM events WHERE story_id = ?", s.id());
    for (Event e : s.events()) {
      update("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", e.id(), s.id(), str(e.date()), e.source().code(),
          e.source().country(), e.target() == null ? null : e.target().code(), e.target() == null ? null : e.target().country(),
          e.cameo(), e.quadClass(), e.goldstein(), e.mentions().size(), e.articleCount(), Json.write(e));
    }
  }

  @Override
  public synchronized Optional<ArticleDigest> article(String id) {
    List<ArticleDigest> found = articles("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public synchronized Map<String, List<ArticleDigest>> articlesByStory() {
    Map<String, List<ArticleDigest>> out = new LinkedHashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    query("SELECT id, story_id FROM articles", rs -> {
      while (rs.next()) {
        storyOf.put(rs.getString(1), rs.getString(2));
      }
      return null;
    });
    for (ArticleDigest d : articles("ORDER BY seen, id")) {
      out.computeIfAbsent(storyOf.get(d.article().id()), k -> new ArrayList<>()).add(d);
    }
    return out;
  }

  private List<ArticleDigest> articles(String where, Object... args) {
    Map<String, List<EntityMention>> entities = new HashMap<>();
    Map<String, List<Event>> events = new HashMap<>();
    String filter = where.startsWith("WHERE") ? " WHERE article_id = ?" : "";
    query("SELECT * FROM entities" + filter + " ORDER BY article_id, sentence, token_start", rs -> {
      while (rs.next()) {
        Actor actor = rs.getString("actor_code") == null ? null : new Actor(rs.getString("actor_name"),
            rs.getString("actor_country"), rs.getString("actor_role"), rs.getString("actor_code"),
            ActorKind.valueOf(rs.getString("actor_kind")));
        entities.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>()).add(new EntityMention(
            rs.getInt("sentence"), rs.getInt("token_start"), rs.getInt("token_end"), rs.getInt("begin_offset"),
            rs.getInt("end_offset"), rs.getString("text"), rs.getString("type"), actor));
      }
      return null;
    }, filter.isEmpty() ? new Object[0] : args);
    query("SELECT article_id, json FROM article_events" + filter, rs -> {
      while (rs.next()) {
        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Json.read(rs.getString(2), EVENT));
      }
      return null;
    }, filter.isEmpty() ? new Object[0] : args);
    return query("SELECT * FROM articles " + where, rs -> {
      List<ArticleDigest> out = new ArrayList<>();
      while (rs.next()) {
        String id = rs.getString("id");
        Article a = new Article(id, rs.getString("url"), rs.getString("origin"), rs.getString("title"),
            rs.getString("text"), Json.read(rs.getString("authors"), STRINGS), rs.getString("outlet"),
            date(rs.getString("published")), rs.getString("language"), rs.getString("content_hash"));
        out.add(new ArticleDigest(a, date(rs.getString("seen")), Json.read(rs.getString("sentences"), STRINGS),
            entities.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()), rs.getDouble("tone"),
            Json.read(rs.getString("topics"), STRINGS), Json.read(rs.getString("terms"), COUNTS)));
      }
      return out;
    }, args);
  }

  @Override
  public synchronized Optional<Story> story(String id) {
    List<Story> found = stories("WHERE id = ?", "WHERE story_id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public synchronized List<Story> stories() {
    return stories("ORDER BY last_seen DESC, first_seen DESC, id", "");
  }

  /** Stories matching {@code where}; {@code memberFilter} limits the member and event reads the same way. */
  private List<Story> stories(String where, String memberFilter, Object... args) {
    Object[] memberArgs = memberFilter.isEmpty() ? new Object[0] : args;
    Map<String, List<String>> members = new HashMap<>();
    query("SELECT story_id, id FROM articles " + memberFilter + " ORDER BY seen, id", rs -> {
      while (rs.next()) {
        members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
      return null;
    }, memberArgs);
    Map<String, List<Event>> events = new HashMap<>();
    query("SELECT story_id, json FROM events " + memberFilter + " ORDER BY num_mentions DESC, id", rs -> {
      while (rs.next()) {
        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Json.read(rs.getString(2), EVENT));
      }
      return null;
    }, memberArgs);
    return query("SELECT * FROM stories " + where, rs -> {
      List<Story> out = new ArrayList<>();
      while (rs.next()) {
        String id = rs.getString("id");
        out.add(new Story(id, rs.getString("title"), rs.getString("summary"), date(rs.getString("first_seen")),
            date(rs.getString("last_seen")), members.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()),
            Json.read(rs.getString("actors"), ACTORS), Json.read(rs.getString("topics"), STRINGS)));
      }
      return out;
    }, args);
  }

  @Override
  public synchronized List<Event> events(String a, String b) {
    String sql = "SELECT json FROM events";
    Object[] args = {};
    if (a != null && b != null) {
      sql += " WHERE (source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)";
      args = new Object[] {a, b, b, a};
    }
    return query(sql + " ORDER BY date, id", rs -> {
      List<Event> out = new ArrayList<>();
      while (rs.next()) {
        out.add(Json.read(rs.getString(1), EVENT));
      }
      return out;
    }, args);
  }

  @Override
  public synchronized long addReply(Reply r) {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO replies (story_id, name, email, comment, created_at) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      Sql.bind(ps, r.storyId(), r.name(), r.email(), r.comment(), r.created().toString());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store reply: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Reply> replies(String storyId) {
    return query("SELECT * FROM replies WHERE story_id = ? ORDER BY id", rs -> {
      List<Reply> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new Reply(rs.getLong("id"), rs.getString("story_id"), rs.getString("name"), rs.getString("email"),
            rs.getString("comment"), Instant.parse(rs.getString("created_at"))));
      }
      return out;
    }, storyId);
  }

  @Override
  public synchronized Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : List.of("articles", "stories", "events", "article_events", "entities", "replies", "sources",
        "source_state", "source_items", "article_addresses", "article_fingerprints", "article_versions")) {
      out.put(table, query("SELECT COUNT(*) FROM " + table, rs -> rs.next() ? rs.getLong(1) : 0L));
    }
    return out;
  }

  @Override
  public synchronized Source addSource(Source s) {
    return sources.add(s);
  }

  @Override
  public synchronized List<Source> sources() {
    return sources.all();
  }

  @Override
  public synchronized Optional<Source> source(String urlOrName) {
    return sources.find(urlOrName);
  }

  @Override
  public synchronized void updateSource(Source s) {
    sources.update(s);
  }

  @Override
  public synchronized void setSourceKind(long id, String kind) {
    sources.set(id, "kind", kind);
  }

  @Override
  public synchronized void setSourcePaused(long id, boolean paused) {
    sources.set(id, "paused", paused ? 1 : 0);
  }

  @Override
  public synchronized boolean removeSource(long id) {
    return sources.remove(id);
  }

  @Override
  public synchronized SourceState sourceState(long sourceId) {
    return sources.state(sourceId);
  }

  @Override
  public synchronized void saveSourceState(SourceState s) {
    sources.saveState(s);
  }

  @Override
  public synchronized int recordItems(long sourceId, Collection<String> urls, Instant seen) {
    return items.record(sourceId, urls, seen);
  }

  @Override
  public synchronized boolean knowsItem(long sourceId, String url) {
    return items.knows(sourceId, url);
  }

  @Override
  public synchronized SourceHealth health(long sourceId, Instant now) {
    Source s = sources.byId(sourceId).orElseThrow(() -> new StoreException("source " + sourceId + ": not followed", null));
    return items.health(s, sources.state(sourceId), now);
  }

  @Override
  public synchronized List<Source> dueSources(Instant now) {
    return sources.due(now);
  }

  @Override
  public synchronized Optional<String> articleByUrl(String canonicalUrl) {
    return articles.byUrl(canonicalUrl);
  }

  @Override
  public synchronized Optional<String> articleByContent(String contentHash) {
    return articles.byContent(contentHash);
  }

  @Override
  public synchronized void addAddress(String articleId, Address a) {
    articles.addAddress(articleId, a);
  }

  @Override
  public synchronized List<Address> addresses(String articleId) {
    return articles.addresses(articleId);
  }

  @Override
  public synchronized void setFingerprint(String articleId, long simhash) {
    articles.setFingerprint(articleId, simhash);
  }

  @Override
  public synchronized Map<String, Long> fingerprints() {
    return articles.fingerprints();
  }

  @Override
  public synchronized void addVersion(String articleId, String contentHash, String text, Instant fetched) {
    articles.addVersion(articleId, contentHash, text, fetched);
  }

  @Override
  public synchronized List<Version> versions(String articleId) {
    return articles.versions(articleId);
  }

  @Override
  public synchronized int versionCount(String articleId) {
    return articles.versionCount(articleId);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close database: " + e.getMessage(), e);
    }
  }

  private <T> T query(String sql, Sql.Reader<T> reader, Object... args) {
    return this.sql.query(sql, reader, args);
  }

  private void update(String sql, Object... args) throws SQLException {
    this.sql.update(sql, args);
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
