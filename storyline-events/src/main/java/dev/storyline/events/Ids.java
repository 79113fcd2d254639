package dev.storyline.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
