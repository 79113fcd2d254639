package dev.storyline.events;

import dev.storyline.model.Hashes;

/** Stable identifiers: equal inputs give equal ids in every run. */
public final class Ids {

  /** Hex digits kept: 64 bits, collision-free at any realistic event count. */
  static final int HEX_DIGITS = 16;

  private Ids() {}

  public static String event(Object... parts) {
    return "e" + hash(parts);
  }

  public static String hash(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p).append('\u001f');
    }
    return Hashes.sha256Hex(b.toString()).substring(0, HEX_DIGITS);
  }
}
