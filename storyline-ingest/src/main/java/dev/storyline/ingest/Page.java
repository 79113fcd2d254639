package dev.storyline.ingest;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A page as fetched from the web or read from an archive: its address, its body and when it was
 * fetched.
 *
 * @param url the address the body was served from, after redirects
 * @param contentType the Content-Type header as sent, or null when there was none
 * @param body the decoded body (transfer and content encodings removed)
 * @param fetched when the response arrived, or null when unknown
 */
public record Page(String url, String contentType, byte[] body, Instant fetched) {

  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }

  /** Whether the Content-Type names HTML, or is missing (archives often omit it). */
  public boolean isHtml() {
    return isHtml(contentType);
  }

  /** Whether a Content-Type header value (null when there was none) may be an HTML page. */
  public static boolean isHtml(String contentType) {
    if (contentType == null) {
      return true;
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html") || t.startsWith("application/xhtml");
  }

  /** The page as a document for extraction, its origin the page's address. */
  public Document toDocument() {
    return new Document(url, body, Document.HTML);
  }
}
