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

  static String strip(String html) {
    StringBuilder out = null;
    int copied = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i + 4 < html.length()) {
      int end = skipEnd(html, i);
      if (end > i) {
        if (out == null) {
          out = new StringBuilder(html.length());
        }
        out.append(html, copied, i);
        copied = end;
        i = html.indexOf('<', end);
      } else {
        i = html.indexOf('<', i + 1);
      }
    }
    if (out == null) {
      return html;
    }
    return out.append(html, copied, html.length()).toString();
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
      return closing(html, gt, "</script");
    }
    if (name.equals("style") || name.equals("svg")) {
      int gt = html.indexOf('>', at);
      return gt < 0 ? at : closing(html, gt, "</" + name);
    }
    return at;
  }

  private static int closing(String html, int from, String close) {
    int c = indexOfIgnoreCase(html, close, from);
    if (c < 0) {
      return from; // unclosed: leave it to the parser, which knows the rules
    }
    int gt = html.indexOf('>', c);
    return gt < 0 ? from : gt + 1;
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
