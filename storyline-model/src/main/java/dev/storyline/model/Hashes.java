package dev.storyline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hashing every stage shares, so equal inputs give equal ids everywhere. */
public final class Hashes {
  private Hashes() {}

  /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
