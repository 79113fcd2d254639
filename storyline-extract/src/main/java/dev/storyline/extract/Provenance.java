package dev.storyline.extract;

import java.util.Objects;

/**
 * Where a metadata field of a page came from and how far to trust it.
 *
 * @param source the kind of evidence: {@code json-ld}, {@code meta}, {@code time-element}, {@code url},
 *     {@code visible-text}, {@code title-suffix}, {@code host}, {@code detector} and the like
 * @param confidence from 0 (a guess) to 1 (the page states it in structured data)
 */
public record Provenance(String source, double confidence) {

  public Provenance {
    Objects.requireNonNull(source, "source");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }
}
