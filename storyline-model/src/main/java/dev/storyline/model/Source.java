package dev.storyline.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A followed source: a feed, sitemap or page polled on a schedule.
 *
 * @param id database identifier, 0 before it is stored
 * @param url the address polled
 * @param name a short name to refer to it by, or null when it has none
 * @param kind one of {@link #KINDS}: "unknown" until its first fetch tells
 * @param every how often to poll it, at least {@link #MIN_EVERY}, kept to whole seconds
 * @param paused whether polling is suspended
 * @param added when it was first followed
 */
public record Source(long id, String url, String name, String kind, Duration every, boolean paused, Instant added) {

  public static final String FEED = "feed";
  public static final String SITEMAP = "sitemap";
  public static final String PAGE = "page";
  public static final String UNKNOWN = "unknown";

  /** Every kind a source can have. */
  public static final Set<String> KINDS = Set.of(FEED, SITEMAP, PAGE, UNKNOWN);

  /**
   * The shortest polling interval. News feeds rarely change more often than every few minutes, and
   * polling one site more than once a minute is more than a polite crawler asks of it.
   */
  public static final Duration MIN_EVERY = Duration.ofMinutes(1);

  public Source {
    if (id < 0) {
      throw new IllegalArgumentException("source id must not be negative: " + id);
    }
    Checks.notBlank(url, "source url");
    if (name != null) {
      Checks.notBlank(name, "source name");
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("source kind must be one of " + KINDS + ": " + kind);
    }
    Objects.requireNonNull(every, "every");
    // A sub-second part of a polling interval means nothing, and whole seconds store exactly.
    every = every.truncatedTo(ChronoUnit.SECONDS);
    if (every.compareTo(MIN_EVERY) < 0) {
      throw new IllegalArgumentException("source polled every " + every + ", more often than every " + MIN_EVERY);
    }
    Objects.requireNonNull(added, "added");
  }
}
