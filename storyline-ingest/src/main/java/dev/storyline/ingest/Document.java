package dev.storyline.ingest;

import java.util.Objects;

/**
 * Raw bytes of one document and what kind of document they are.
 *
 * @param origin where it was read from: a file path or URL, used in messages and as provenance
 * @param content the bytes as read
 * @param mediaType {@code text/plain} or {@code text/html}
 */
public record Document(String origin, byte[] content, String mediaType) {

  public static final String TEXT = "text/plain";
  public static final String HTML = "text/html";

  public Document {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(content, "content");
    if (!TEXT.equals(mediaType) && !HTML.equals(mediaType)) {
      throw new IllegalArgumentException("unsupported media type: " + mediaType);
    }
  }
}
