package dev.storyline.ingest.url;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

class CanonicalUrlFuzzTest {

  /**
   * The first line is a URL to canonicalise, the rest (if any) a link found on that page. Only
   * IllegalArgumentException may escape, and every canonical spelling must be a fixed point.
   */
  @FuzzTest(maxDuration = "60s")
  void canonicalises(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String url = newline < 0 ? text : text.substring(0, newline);
    String canonical;
    try {
      canonical = CanonicalUrl.of(url);
    } catch (IllegalArgumentException refused) {
      return;
    }
    fixed(canonical);
    if (newline >= 0) {
      String resolved = CanonicalUrl.resolve(url, text.substring(newline + 1));
      if (resolved != null) {
        fixed(resolved);
      }
    }
  }

  private static void fixed(String canonical) {
    String again = CanonicalUrl.of(canonical);
    if (!again.equals(canonical)) {
      throw new AssertionError("not idempotent: " + canonical + " became " + again);
    }
  }
}
