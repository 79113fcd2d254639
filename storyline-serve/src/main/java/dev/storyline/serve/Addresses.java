package dev.storyline.serve;

import dev.storyline.ingest.url.CanonicalUrl;

/** Canonical article addresses, or null for what is not a web address (a file path). */
final class Addresses {

  private Addresses() {}

  static String canonical(String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return null;
    }
    try {
      return CanonicalUrl.of(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
