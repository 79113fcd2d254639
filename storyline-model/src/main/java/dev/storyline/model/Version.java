package dev.storyline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One text of an article as fetched at a time.
 *
 * @param number 1 for the text first stored, one more for each later change
 * @param contentHash the hash of this text, computed as {@link Article#contentHash()} is
 * @param text the text
 * @param fetched when this text was fetched
 */
public record Version(int number, String contentHash, String text, Instant fetched) {

  public Version {
    if (number < 1) {
      throw new IllegalArgumentException("version numbers start at 1: " + number);
    }
    Checks.notBlank(contentHash, "content hash");
    Checks.notBlank(text, "version text");
    Objects.requireNonNull(fetched, "fetched");
  }
}
