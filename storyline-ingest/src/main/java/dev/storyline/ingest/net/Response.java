package dev.storyline.ingest.net;

import dev.storyline.ingest.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response the fetcher accepted: 200 with a body, or 304 Not Modified with none.
 *
 * @param url the address the response came from, after redirects
 * @param status 200 or 304
 * @param contentType the Content-Type header, or null
 * @param body the decoded body, at most the cap; empty for 304
 * @param validators what to send next time to get 304 if nothing changed
 * @param fetched when the response ended
 * @param ip the address connected to, or null when unknown
 * @param headers the response headers in order
 * @param warnings what went wrong without spoiling the response, e.g. a body cut at the cap
 */
public record Response(String url, int status, String contentType, byte[] body, Validators validators, Instant fetched,
    String ip, List<Map.Entry<String, String>> headers, List<String> warnings) {

  public Response {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    if (status != 200 && status != 304) {
      throw new IllegalArgumentException("only 200 and 304 are responses, got " + status);
    }
    headers = List.copyOf(headers);
    warnings = List.copyOf(warnings);
  }

  public boolean notModified() {
    return status == 304;
  }

  public Page page() {
    return new Page(url, contentType, body, fetched);
  }
}
