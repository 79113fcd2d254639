package dev.storyline.ingest.net;

import dev.storyline.ingest.IngestException;

/** A fetch that gave no usable response: refused, disallowed, failed or timed out. One-line message. */
public final class FetchException extends IngestException {
  private static final long serialVersionUID = 1L;

  private final boolean refused;

  public FetchException(String url, String problem, boolean refused) {
    super(url, problem);
    this.refused = refused;
  }

  /** Whether Storyline refused the request itself (address guard or robots.txt) before connecting. */
  public boolean refused() {
    return refused;
  }
}
