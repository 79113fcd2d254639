package dev.storyline.bench.events;

/** A gold set's file that is missing or not in its format; the message is one line, "FILE: problem". */
public final class GoldSetException extends Exception {
  private static final long serialVersionUID = 1L;

  GoldSetException(String message) {
    super(message);
  }
}
