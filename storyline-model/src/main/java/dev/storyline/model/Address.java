package dev.storyline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One address an article was found under, with the outlet that published it there.
 *
 * @param url the address
 * @param outlet the outlet publishing it there, or null when unknown
 * @param seen when it was first seen there
 */
public record Address(String url, String outlet, Instant seen) {

  public Address {
    Checks.notBlank(url, "address url");
    Objects.requireNonNull(seen, "seen");
  }
}
