package dev.storyline.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a source is doing: its polling state plus statistics of the items found in it.
 *
 * @param source the source
 * @param state its polling state
 * @param items how many distinct items it has listed
 * @param itemsPerDay new items a day over the last 7 days, or since it was added if younger
 * @param lastItem when its newest item was first seen, or null when it has none
 * @param usualInterval the median gap between the discovery times of its last 50 new items, or null
 *     while there are too few to tell
 * @param gap whether it has been silent for more than three usual intervals
 */
public record SourceHealth(
    Source source, SourceState state, long items, double itemsPerDay, Instant lastItem, Duration usualInterval, boolean gap) {

  public SourceHealth {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    if (state.sourceId() != source.id()) {
      throw new IllegalArgumentException("state of source " + state.sourceId() + " given for source " + source.id());
    }
    if (items < 0) {
      throw new IllegalArgumentException("items must not be negative: " + items);
    }
    if (!(itemsPerDay >= 0) || Double.isInfinite(itemsPerDay)) {
      throw new IllegalArgumentException("items per day must be a finite non-negative number: " + itemsPerDay);
    }
    if (usualInterval != null && usualInterval.isNegative()) {
      throw new IllegalArgumentException("usual interval must not be negative: " + usualInterval);
    }
  }
}
