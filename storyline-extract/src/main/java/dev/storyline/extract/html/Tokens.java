package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits class attributes and class names into words without a regular expression: the furniture
 * and story tests split every distinct class string of a page, and {@code String.split} with a
 * pattern compiles that pattern on each call.
 */
final class Tokens {

  /** The characters {@code \s} matches in a Java pattern: the separators of a class attribute. */
  static final String WHITESPACE = " \t\n\u000B\f\r";

  /** The separators between the parts of one class name: "comment-list", "share_bar". */
  static final String NAME_PARTS = "-_";

  private Tokens() {}

  /**
   * The text between runs of separator characters, as {@code Pattern.split} gives it for the
   * pattern {@code [separators]+}: a text opening with separators yields an empty first token, none
   * follows the last separator, an empty text is one empty token and a text of separators alone none.
   */
  static List<String> split(String text, String separators) {
    if (text.isEmpty()) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (separators.indexOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i;
      while (i < text.length() && separators.indexOf(text.charAt(i)) >= 0) {
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
