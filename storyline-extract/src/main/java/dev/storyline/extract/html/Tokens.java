package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;

/** Splits class attributes into class names, and class names into their parts. */
// Not String.split: the furniture and story tests split every distinct class string of a page, and
// String.split compiles its pattern on each call.
final class Tokens {

  /** The characters {@code \s} matches in a Java pattern: the separators of a class attribute. */
  static final Separators WHITESPACE = Separators.of(" \t\n\u000B\f\r");

  /** The separators between the parts of one class name: "comment-list", "share_bar". */
  static final Separators NAME_PARTS = Separators.of("-_");

  /** A set of ASCII separator characters. */
  record Separators(long low, long high) {

    static Separators of(String chars) {
      long low = 0;
      long high = 0;
      for (char c : chars.toCharArray()) {
        if (c >= 128) {
          throw new IllegalArgumentException("separators must be ASCII: " + (int) c);
        }
        if (c < 64) {
          low |= 1L << c;
        } else {
          high |= 1L << (c - 64);
        }
      }
      return new Separators(low, high);
    }

    boolean contains(char c) {
      return c < 64 ? (low & (1L << c)) != 0 : c < 128 && (high & (1L << (c - 64))) != 0;
    }
  }

  private Tokens() {}

  /**
   * The text between runs of separator characters, as {@code Pattern.split} gives it for the
   * pattern {@code [separators]+}: a text opening with separators yields an empty first token, none
   * follows the last separator, an empty text is one empty token and a text of separators alone none.
   */
  static List<String> split(String text, Separators separators) {
    if (text.isEmpty()) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (!separators.contains(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (i < text.length() && separators.contains(text.charAt(i))) {
        i++;
      }
      out.add(text.substring(start, end));
      start = i;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out.size() == 1 && out.get(0).isEmpty() ? List.of() : out;
  }
}
