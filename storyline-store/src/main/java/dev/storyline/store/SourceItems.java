package dev.storyline.store;

import static dev.storyline.store.Sql.instant;
import static dev.storyline.store.Sql.stamp;

import dev.storyline.model.Source;
import dev.storyline.model.SourceHealth;
import dev.storyline.model.SourceState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The item URLs each source listed, with when each was first seen, and the health figures drawn from them. */
final class SourceItems {

  /** How far back a source's rate is measured: a week covers sources that publish only on weekdays. */
  static final Duration RATE_WINDOW = Duration.ofDays(7);

  /**
   * The shortest span a rate is measured over. A feed's first poll brings its whole backlog at once;
   * over the minutes since it was added that would read as thousands of items a day.
   */
  static final Duration MIN_RATE_WINDOW = Duration.ofDays(1);

  /**
   * How many of the newest items give a source's usual interval, as {@code SourceHealth} defines it:
   * enough for a steady median, few enough to follow a source that changes its pace.
   */
  static final int RHYTHM_ITEMS = 50;

  /** Fewer items than this give no usual interval: two gaps are the fewest a median says anything of. */
  static final int MIN_RHYTHM_ITEMS = 3;

  /** A source is in a gap once silent for more than this many usual intervals, as {@code SourceHealth} defines it. */
  static final int GAP_FACTOR = 3;

  private final Sql sql;

  SourceItems(Sql sql) {
    this.sql = sql;
  }

  int record(long sourceId, Collection<String> urls, Instant seen) {
    String when = stamp(Objects.requireNonNull(seen, "seen"));
    return sql.atomically("cannot record items of source " + sourceId, () -> {
      int added = 0;
      try (PreparedStatement ps = sql.prepare("INSERT INTO source_items (source_id, url, seen) VALUES (?,?,?)"
          + " ON CONFLICT(source_id, url) DO NOTHING")) {
        for (String url : urls) {
          Sql.bind(ps, sourceId, url, when);
          added += ps.executeUpdate();
        }
      }
      return added;
    });
  }

  boolean knows(long sourceId, String url) {
    return sql.query("SELECT 1 FROM source_items WHERE source_id = ? AND url = ?", ResultSet::next, sourceId, url);
  }

  /** How the source is doing by the items it listed, as of {@code now}. */
  SourceHealth health(Source source, SourceState state, Instant now) {
    long sourceId = source.id();
    long items = sql.query("SELECT COUNT(*) FROM source_items WHERE source_id = ?", rs -> rs.next() ? rs.getLong(1) : 0L,
        sourceId);
    Instant lastItem = sql.query("SELECT MAX(seen) FROM source_items WHERE source_id = ?",
        rs -> rs.next() ? instant(rs.getString(1)) : null, sourceId);
    Instant from = later(now.minus(RATE_WINDOW), source.added());
    long recent = sql.query("SELECT COUNT(*) FROM source_items WHERE source_id = ? AND seen >= ? AND seen <= ?",
        rs -> rs.next() ? rs.getLong(1) : 0L, sourceId, stamp(from), stamp(now));
    Duration span = Duration.between(from, now);
    double days = (span.compareTo(MIN_RATE_WINDOW) < 0 ? MIN_RATE_WINDOW : span).toMillis() / (double) Duration.ofDays(1).toMillis();
    Duration usual = usualInterval(sourceId);
    boolean gap = usual != null && lastItem != null && Duration.between(lastItem, now).compareTo(usual.multipliedBy(GAP_FACTOR)) > 0;
    return new SourceHealth(source, state, items, recent / days, lastItem, usual, gap);
  }

  /**
   * The median gap between the discovery times of the newest items. Items found in the same poll share
   * one time; their zero gaps say nothing of how often the source publishes, so only gaps between polls count.
   */
  private Duration usualInterval(long sourceId) {
    List<Instant> times = sql.query("SELECT seen FROM source_items WHERE source_id = ? ORDER BY seen DESC LIMIT ?", rs -> {
      List<Instant> out = new ArrayList<>();
      while (rs.next()) {
        out.add(instant(rs.getString(1)));
      }
      return out;
    }, sourceId, RHYTHM_ITEMS);
    if (times.size() < MIN_RHYTHM_ITEMS) {
      return null;
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      Duration d = Duration.between(times.get(i), times.get(i - 1));
      if (!d.isZero()) {
        gaps.add(d);
      }
    }
    if (gaps.isEmpty()) {
      return null;
    }
    Collections.sort(gaps);
    int mid = gaps.size() / 2;
    return gaps.size() % 2 == 1 ? gaps.get(mid) : gaps.get(mid - 1).plus(gaps.get(mid)).dividedBy(2);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
