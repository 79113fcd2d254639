package dev.storyline.ingest.net;

/**
 * What a server said about a response's version, sent back to ask only for something newer.
 *
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Validators(String etag, String lastModified) {

  public static final Validators NONE = new Validators(null, null);
}
