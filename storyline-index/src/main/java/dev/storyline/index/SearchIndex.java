package dev.storyline.index;

import dev.storyline.model.ArticleDigest;
import java.util.List;

/** A full-text index of articles. Writes become visible to searches after {@link #commit()}. */
public interface SearchIndex extends AutoCloseable {

  /** Adds an article, replacing any earlier version with the same id. */
  void put(ArticleDigest article, String storyId);

  /** Removes every article. */
  void clear();

  /** Makes writes durable and visible. */
  void commit();

  /**
   * Articles matching a query, best first. Every word must match (in title, text, outlet, entities,
   * actors or topics); quotes make a phrase.
   *
   * @throws IllegalArgumentException when the query has no searchable words
   */
  List<Hit> search(String query, int limit);

  @Override
  void close();
}
