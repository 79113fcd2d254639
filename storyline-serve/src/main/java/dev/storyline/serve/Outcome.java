package dev.storyline.serve;

/** What became of one article offered to the store. */
public enum Outcome {
  /** A new article, enriched, coded, clustered and stored. */
  ADDED,
  /** The same text was stored already; this address and outlet were added to it. */
  DUPLICATE,
  /** A near-identical text (a republished wire story) was stored; this address and outlet were added to it. */
  NEAR_DUPLICATE,
  /** An article stored under this address changed; the new text was kept as a version. */
  NEW_VERSION,
  /** An article stored under this address was fetched again unchanged. */
  UNCHANGED
}
