package dev.storyline.bench.events;

/** A set file that is missing or not in the PETR-2 validation format; the message is one line, "FILE: problem". */
public final class Petr2Exception extends Exception {
  private static final long serialVersionUID = 1L;

  Petr2Exception(String message) {
    super(message);
  }
}
