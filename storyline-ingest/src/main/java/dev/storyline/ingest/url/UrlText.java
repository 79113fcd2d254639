package dev.storyline.ingest.url;

/** How browsers read the text of a link before parsing it. */
final class UrlText {

  private UrlText() {}

  /** The input without surrounding spaces and controls, and without tabs and line breaks inside, as browsers read links. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Index of the colon ending a scheme (RFC 3986 section 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )), or -1. */
  static int schemeEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      if (c == ':') {
        return i > 0 ? i : -1;
      }
      if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
        return -1;
      }
    }
    return -1;
  }

  /** Browsers read a backslash as a slash in http and https URLs, and so do links written for them. */
  static boolean slash(char c) {
    return c == '/' || c == '\\';
  }
}
