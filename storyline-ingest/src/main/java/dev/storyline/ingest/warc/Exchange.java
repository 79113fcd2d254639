package dev.storyline.ingest.warc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP exchange to archive: the final URL, when, the server's IP (may be null), status line
 * pieces, response headers in order, and the body as the crawler decoded it.
 *
 * <p>Everything that goes into a header is checked for line breaks and control characters, which
 * would let a hostile server write WARC or HTTP headers of its own.
 *
 * @param url the address the body was served from, after redirects
 * @param fetched when the response arrived
 * @param ip the server's address as an IPv4 or IPv6 literal, or null when unknown
 * @param status the HTTP status code
 * @param reason the reason phrase, possibly empty
 * @param headers the response headers in the order received
 * @param body the body with transfer and content codings removed
 */
public record Exchange(
    String url,
    Instant fetched,
    String ip,
    int status,
    String reason,
    List<Map.Entry<String, String>> headers,
    byte[] body) {

  /** Longest IP literal: an IPv6 address with an embedded IPv4 one (RFC 4291 section 2.2). */
  static final int MAX_IP_CHARS = 45;

  public Exchange {
    Objects.requireNonNull(fetched, "fetched");
    Objects.requireNonNull(body, "body");
    if (url == null || url.isEmpty() || !url.chars().allMatch(c -> c > ' ' && c != 0x7f)) {
      throw new IllegalArgumentException("url must be non-empty, without spaces or control characters: " + url);
    }
    if (ip != null && (ip.isEmpty() || ip.length() > MAX_IP_CHARS
        || !ip.chars().allMatch(c -> c == '.' || c == ':' || Character.digit(c, 16) >= 0))) {
      throw new IllegalArgumentException("ip is not an IP literal: " + ip);
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status is not three digits: " + status);
    }
    requireText("reason", Objects.requireNonNull(reason, "reason"));
    headers = List.copyOf(headers);
    for (Map.Entry<String, String> h : headers) {
      String name = h.getKey();
      if (name == null || name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 0x7f && c != ':')) {
        throw new IllegalArgumentException("header name is not a token: " + name);
      }
      requireText("header " + name, Objects.requireNonNull(h.getValue(), "header value"));
    }
  }

  /** Refuses control characters other than tab, which would break the header line. */
  private static void requireText(String what, String value) {
    if (!value.chars().allMatch(c -> c == '\t' || c >= ' ' && c != 0x7f)) {
      throw new IllegalArgumentException(what + " has control characters");
    }
  }
}
