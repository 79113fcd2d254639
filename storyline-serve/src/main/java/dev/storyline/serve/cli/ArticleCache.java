package dev.storyline.serve.cli;

import dev.storyline.model.ArticleDigest;
import dev.storyline.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored articles an export looks up, read from the store as they are first needed and kept
 * while recently used, so that exporting every event never holds every article in memory.
 */
final class ArticleCache {

  /**
   * Articles kept at once. A digest with its sentences, entities and events is tens of kilobytes, so
   * this bounds the cache to tens of megabytes; events come story by story, and a story's mentions
   * fall in a few dozen articles, so the recent ones are nearly always the ones asked for.
   */
  static final int MAX_CACHED = 1_000;

  private final Store store;
  private final Map<String, ArticleDigest> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ArticleDigest> eldest) {
      return size() > MAX_CACHED;
    }
  };

  ArticleCache(Store store) {
    this.store = store;
  }

  /** The article with this id, or null when the store has none. */
  ArticleDigest get(String id) {
    ArticleDigest d = recent.get(id);
    if (d == null) {
      d = store.article(id).orElse(null);
      if (d != null) {
        recent.put(id, d);
      }
    }
    return d;
  }
}
