package dev.storyline.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storyline.model.Article;
import dev.storyline.model.ArticleDigest;
import dev.storyline.serve.export.EventRow;
import dev.storyline.model.Story;
import dev.storyline.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes Storyline prints and serves: camelCase, dates as ISO text. */
public final class Views {

  public static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Views() {}

  /** A story with its articles spelled out. */
  public static Map<String, Object> story(Story s, Store store) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("summary", s.summary());
    m.put("firstSeen", s.firstSeen());
    m.put("lastSeen", s.lastSeen());
    List<Map<String, Object>> articles = new ArrayList<>();
    for (String id : s.articleIds()) {
      store.article(id).ifPresent(d -> articles.add(article(d)));
    }
    m.put("articles", articles);
    m.put("events", s.events());
    m.put("actors", s.actors());
    m.put("topics", s.topics());
    return m;
  }

  public static Map<String, Object> article(ArticleDigest d) {
    Article a = d.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("outlet", a.outlet());
    m.put("authors", a.authors());
    m.put("url", a.url());
    m.put("published", a.published());
    m.put("language", a.language());
    m.put("tone", Math.round(d.tone() * 100) / 100.0);
    m.put("topics", d.topics());
    m.put("origin", a.origin());
    return m;
  }

  /** An exported event with the counts GDELT gives each event. */
  public static Map<String, Object> eventRow(EventRow row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", row.event());
    m.put("numMentions", row.numMentions());
    m.put("numSources", row.numSources());
    m.put("numArticles", row.numArticles());
    m.put("isRootEvent", row.rootEvent());
    m.put("avgTone", row.avgTone());
    m.put("sourceUrl", row.sourceUrl());
    return m;
  }

  /** A value as indented JSON, for output people read. */
  public static String write(Object value) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A value as JSON on one line, for JSON-lines output. */
  public static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
