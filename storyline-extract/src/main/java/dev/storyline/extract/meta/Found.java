package dev.storyline.extract.meta;

import java.util.Objects;

/**
 * A metadata value with the evidence it came from.
 *
 * @param value the value, never null
 * @param source the kind of evidence, such as {@code json-ld} or {@code meta:article:published_time}
 * @param confidence from 0 to 1
 */
public record Found<T>(T value, String source, double confidence) {

  public Found {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }
}
