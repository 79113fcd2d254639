package dev.storyline.extract.html;

import java.util.Locale;

/**
 * Cuts what no extractor reads out of a page's source before it is parsed: scripts other than
 * JSON-LD, style sheets, inline SVG and comments. They are half the bytes of a typical news page,
 * and parsing them is most of the cost of parsing.
 */
final class Prefilter {

  /** Bytes after a script's opening looked at for its type. */
  static final int TAG_CHARS = 300;

  private Prefilter() {}

  /** The page as a reader that skips what no extractor reads, without copying the page. */
  static java.io.Reader reader(String html) {
    int[] ranges = droppable(html);
    return new java.io.Reader() {
      private int at;
      private int range;

      @Override
      public int read(char[] buf, int off, int len) {
        while (range < ranges.length && at >= ranges[range]) {
          at = Math.max(at, ranges[range + 1]);
          range += 2;
        }
        if (at >= html.length()) {
          return -1;
        }
        int end = Math.min(html.length(), range < ranges.length ? ranges[range] : html.length());
        int n = Math.min(len, end - at);
        html.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** Start and end offsets, in pairs, of the stretches to cut. */
  private static int[] droppable(String html) {
    int[] ranges = new int[16];
    int n = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i + 4 < html.length()) {
      int kept = jsonLdEnd(html, i);
      if (kept > i) {
        // Its JSON is data, not markup: a "<script" or "<!--" inside a string is no element.
        i = html.indexOf('<', kept);
        continue;
      }
      int end = skipEnd(html, i);
      if (end > i) {
        if (n == ranges.length) {
          ranges = java.util.Arrays.copyOf(ranges, n * 2);
        }
        ranges[n++] = i;
        ranges[n++] = end;
        i = html.indexOf('<', end);
      } else {
        i = html.indexOf('<', i + 1);
      }
    }
    return java.util.Arrays.copyOf(ranges, n);
  }

  /** Where the droppable element starting at {@code at} ends, or {@code at} when it is kept. */
  private static int skipEnd(String html, int at) {
    if (html.startsWith("<!--", at)) {
      int close = html.indexOf("-->", at + 4);
      return close < 0 ? at : close + 3;
    }
    String name = tagName(html, at + 1);
    if (name.equals("script")) {
      int gt = html.indexOf('>', at);
      if (gt < 0) {
        return at;
      }
      String open = html.substring(at, Math.min(gt, at + TAG_CHARS)).toLowerCase(Locale.ROOT);
      if (open.contains("ld+json")) {
        return at;
      }
      return closing(html, at, gt, "</script");
    }
    if (name.equals("style") || name.equals("svg")) {
      int gt = html.indexOf('>', at);
      return gt < 0 ? at : closing(html, at, gt, "</" + name);
    }
    return at;
  }

  /**
   * Where the closing tag of a JSON-LD script starting at {@code at} begins, or {@code at} when no
   * JSON-LD script starts there (or it is never closed).
   */
  private static int jsonLdEnd(String html, int at) {
    if (!tagName(html, at + 1).equals("script")) {
      return at;
    }
    int gt = html.indexOf('>', at);
    if (gt < 0 || !html.substring(at, Math.min(gt, at + TAG_CHARS)).toLowerCase(Locale.ROOT).contains("ld+json")) {
      return at;
    }
    int c = indexOfIgnoreCase(html, "</script", gt);
    return c < 0 ? at : c;
  }

  /** The end of the closing tag after {@code from}, or {@code at} when the element is never closed. */
  private static int closing(String html, int at, int from, String close) {
    int c = indexOfIgnoreCase(html, close, from);
    if (c < 0) {
      return at; // unclosed: leave it to the parser, which knows the rules
    }
    int gt = html.indexOf('>', c);
    return gt < 0 ? at : gt + 1;
  }

  private static String tagName(String html, int from) {
    int end = from;
    while (end < html.length() && end - from < 7 && Character.isLetter(html.charAt(end))) {
      end++;
    }
    return html.substring(from, end).toLowerCase(Locale.ROOT);
  }

  private static int indexOfIgnoreCase(String s, String lower, int from) {
    int n = lower.length();
    for (int i = s.indexOf('<', from); i >= 0 && i + n <= s.length(); i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, lower, 0, n)) {
        return i;
      }
    }
    return -1;
  }
}
