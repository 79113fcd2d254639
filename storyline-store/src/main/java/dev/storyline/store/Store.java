package dev.storyline.store;

import dev.storyline.model.Address;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Event;
import dev.storyline.model.Reply;
import dev.storyline.model.Source;
import dev.storyline.model.SourceHealth;
import dev.storyline.model.SourceState;
import dev.storyline.model.Story;
import dev.storyline.model.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system of record for articles, stories, events and replies, and for what the crawler remembers:
 * followed sources, their polling state and items, and each article's addresses, fingerprint and
 * versions. Every write is atomic: it is stored whole or not at all. Failures are {@link StoreException}s
 * with a one-line message.
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

  /**
   * Follows a new source and returns it with its id (the id given is ignored).
   *
   * @throws StoreException "URL: already followed" when a source with that url exists
   */
  Source addSource(Source source);

  /** Every followed source, in the order they were added. */
  List<Source> sources();

  /**
   * The source with exactly this url, else the first whose name equals it ignoring case, else the one
   * whose id it spells in decimal.
   */
  Optional<Source> source(String urlOrName);

  /**
   * Stores a source's name, kind, interval and pause flag; its url and added time stay as they are.
   *
   * @throws StoreException when no source has its id
   */
  void updateSource(Source source);

  /**
   * Stores what a poll found a source's address to be (see {@link Source#kind()}), leaving every other
   * field as it is, so that a pause made while the poll ran is kept.
   *
   * @throws StoreException when no source has this id
   */
  void setSourceKind(long id, String kind);

  /**
   * Pauses or resumes a source, leaving every other field as it is.
   *
   * @throws StoreException when no source has this id
   */
  void setSourcePaused(long id, boolean paused);

  /** Stops following a source, forgetting its state and items (the articles found through it stay). */
  boolean removeSource(long id);

  /** A source's polling state: {@link SourceState#blank} when it was never saved. */
  SourceState sourceState(long sourceId);

  /** Replaces a source's polling state. */
  void saveSourceState(SourceState state);

  /**
   * Remembers item URLs a source listed, seen at {@code seen}, and returns how many it had not listed
   * before. An item already known keeps its first-seen time.
   */
  int recordItems(long sourceId, Collection<String> urls, Instant seen);

  /** Whether the source has listed this item URL before. */
  boolean knowsItem(long sourceId, String url);

  /**
   * How a source is doing as of {@code now}: its state and item statistics as {@link SourceHealth}
   * defines them. Items found in one poll share a discovery time, so the usual interval is the median of
   * the non-zero gaps, null also when there is none; the rate is measured over at least one day.
   *
   * @throws StoreException when no source has this id
   */
  SourceHealth health(long sourceId, Instant now);

  /** The sources not paused whose next poll is due at {@code now} or never polled: never polled first, then most overdue. */
  List<Source> dueSources(Instant now);

  /**
   * The article stored under this address: as its own url or as one added with {@link #addAddress}. Among
   * several, the first stored, own urls before added addresses.
   */
  Optional<String> articleByUrl(String canonicalUrl);

  /** The article whose original text or any later version has this content hash. */
  Optional<String> articleByContent(String contentHash);

  /**
   * Remembers another address a stored article was found under. Adding the same url again, or the
   * article's own url, changes nothing.
   *
   * @throws StoreException when the article is not stored
   */
  void addAddress(String articleId, Address address);

  /** Every address of an article, first seen first; its own url, when it has one, comes first (seen when ingested). */
  List<Address> addresses(String articleId);

  /**
   * Sets an article's 64-bit SimHash, replacing any earlier one.
   *
   * @throws StoreException when the article is not stored
   */
  void setFingerprint(String articleId, long simhash);

  /** Every article's SimHash by article id, in the order they were first set. */
  Map<String, Long> fingerprints();

  /**
   * Remembers a text of a stored article fetched at a time. The first change makes the original text
   * version 1 (fetched when it was ingested) and this one version 2; later ones number on. A text whose
   * hash is already a version, or is the original while the article never changed, changes nothing.
   *
   * @throws StoreException when the article is not stored
   */
  void addVersion(String articleId, String contentHash, String text, Instant fetched);

  /** An article's texts, oldest first; empty when it never changed. */
  List<Version> versions(String articleId);

  /** How many texts {@link #versions} would give, without reading them. */
  int versionCount(String articleId);

  /** Row counts per table, for reports and tests. */
  Map<String, Long> counts();

  @Override
  void close();
}
