package dev.storyline.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzip-compressed documents, as sitemaps are often served ({@code sitemap.xml.gz}). */
final class Gzip {

  private Gzip() {}

  /** Whether the bytes start with the gzip magic number (RFC 1952: 1f 8b). */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The inflated bytes.
   *
   * @throws FeedException when they would exceed {@code max} bytes or the data is corrupt
   */
  static byte[] inflate(byte[] gz, int max, String origin) throws FeedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (copy(gz, out, max)) {
        throw new FeedException(origin, "larger than " + max + " bytes uncompressed (sitemaps.org limit)");
      }
    } catch (IOException e) {
      throw new FeedException(origin, "corrupt gzip data: " + e.getMessage());
    }
    return out.toByteArray();
  }

  /** As much as inflates cleanly, at most {@code max} bytes; for guessing, never for reading. */
  static byte[] inflatePrefix(byte[] gz, int max) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      copy(gz, out, max);
    } catch (IOException e) {
      // keep what came out before the damage
    }
    return out.toByteArray();
  }

  /** Copies at most {@code max} inflated bytes; true when there was more. */
  private static boolean copy(byte[] gz, ByteArrayOutputStream out, int max) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      byte[] buf = new byte[65_536];
      int n;
      while ((n = in.read(buf)) > 0) {
        int keep = Math.min(n, max - out.size());
        out.write(buf, 0, keep);
        if (keep < n) {
          return true;
        }
      }
      return false;
    }
  }
}
