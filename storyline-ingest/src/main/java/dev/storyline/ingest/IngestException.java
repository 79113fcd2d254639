package dev.storyline.ingest;

/** A document that cannot be ingested; the message is one line naming the input and the problem. */
public class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  public IngestException(String origin, String problem) {
    super(origin + ": " + problem);
  }
}
