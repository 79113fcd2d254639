package dev.storyline.extract;

/** A document from which no article can be extracted; the message is one line naming the input. */
public final class ExtractException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExtractException(String origin, String problem) {
    super(origin + ": " + problem);
  }
}
