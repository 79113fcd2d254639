package dev.storyline.model;

import java.time.Instant;

/**
 * The polling state the fetcher keeps per source.
 *
 * @param sourceId the source
 * @param etag the ETag of its last successful response, or null
 * @param lastModified the Last-Modified value of its last successful response, verbatim, or null
 * @param lastAttempt when it was last fetched, or null when never
 * @param lastSuccess when it was last fetched without error, or null when never
 * @param lastError the one-line message of the last failed fetch, or null when the last one succeeded
 * @param failures failed fetches in a row since the last success
 * @param nextDue when it should be polled next, or null when as soon as possible
 */
public record SourceState(
    long sourceId,
    String etag,
    String lastModified,
    Instant lastAttempt,
    Instant lastSuccess,
    String lastError,
    int failures,
    Instant nextDue) {

  public SourceState {
    if (sourceId <= 0) {
      throw new IllegalArgumentException("source id must be positive: " + sourceId);
    }
    Checks.notNegative(failures, "failures");
  }

  /** The state of a source never polled: nothing known, due at once. */
  public static SourceState blank(long sourceId) {
    return new SourceState(sourceId, null, null, null, null, null, 0, null);
  }
}
