package dev.storyline.model;

/** Argument checks shared by the records' constructors. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static int notNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }
}
