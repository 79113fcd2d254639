package dev.storyline.store;

import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Event;
import dev.storyline.model.Reply;
import dev.storyline.model.Story;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system of record for articles, stories, events and replies. Every write is atomic: it is stored
 * whole or not at all.
 */
public interface Store extends AutoCloseable {

  /** Whether an article with this content hash is stored. */
  boolean hasContent(String contentHash);

  /** Stores a new article as a member of a story and replaces that story's record, atomically. */
  void addArticle(ArticleDigest article, Story story);

  Optional<ArticleDigest> article(String id);

  /** Every stored article, grouped by story id, each group earliest first. */
  Map<String, List<ArticleDigest>> articlesByStory();

  Optional<Story> story(String id);

  /** Every story, the most recently seen first. */
  List<Story> stories();

  /** Every story event, optionally only those between two countries (either direction); null means all. */
  List<Event> events(String countryA, String countryB);

  /** Stores a reply and returns its id. */
  long addReply(Reply reply);

  /** A story's replies, oldest first. */
  List<Reply> replies(String storyId);

  /** Row counts per table, for reports and tests. */
  Map<String, Long> counts();

  @Override
  void close();
}
