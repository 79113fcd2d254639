package dev.storyline.ingest.feed;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from the fields of feeds, which often carry escaped HTML. */
final class Text {

  /** Longest author name kept; bylines run to a few dozen characters, several names included. */
  static final int MAX_NAME_CHARS = 200;

  /** Tags after which a browser starts a new line, so their text must not run together. */
  private static final Set<String> BREAKS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "tr", "td", "th", "table", "blockquote", "section", "article", "header", "footer", "pre",
      "hr", "dd", "dt", "dl", "figure", "figcaption", "img");

  /** Elements whose content is never text. */
  private static final Set<String> HIDDEN = Set.of("script", "style");

  /** "jane@x.com (Jane Doe)", the form RSS 2.0 prescribes for author. */
  private static final Pattern MAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.*)\\)$");

  /** An e-mail address, with the brackets or parentheses around it. */
  private static final Pattern MAIL = Pattern.compile("[(<\\[]?[^\\s()<>\\[\\]@]+@[^\\s()<>\\[\\]@]+[)>\\]]?");

  private Text() {}

  /**
   * The text as a reader would see it: tags stripped, character references decoded, runs of white
   * space made one space; at most {@link Feeds#MAX_TEXT} chars; null when nothing is left.
   */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.length() > Feeds.MAX_TEXT ? raw.substring(0, Feeds.MAX_TEXT) : raw;
    if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
      s = strip(s);
    }
    return collapse(s);
  }

  /** A person's name from an author field, any e-mail address removed; null when only an address. */
  static String person(String raw) {
    String s = clean(raw);
    if (s == null) {
      return null;
    }
    s = s.length() > MAX_NAME_CHARS ? s.substring(0, MAX_NAME_CHARS) : s;
    Matcher m = MAIL_THEN_NAME.matcher(s);
    if (m.matches()) {
      return collapse(m.group(1));
    }
    return collapse(MAIL.matcher(s).replaceAll(" "));
  }

  private static String strip(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<' && i + 1 < n && opensTag(s.charAt(i + 1))) {
        boolean comment = s.startsWith("<!--", i);
        int close = comment ? s.indexOf("-->", i + 4) : s.indexOf('>', i);
        if (close < 0) {
          if (!comment) {
            out.append(s, i, n); // a lone '<' is text, as in "x <y"
          }
          break;
        }
        int end = close + (comment ? 3 : 1);
        String name = tagName(s, i + 1, end);
        if (BREAKS.contains(name)) {
          out.append(' ');
        } else if (HIDDEN.contains(name) && s.charAt(i + 1) != '/') {
          end = closing(s, end, name);
        }
        i = end;
      } else if (c == '&') {
        int next = HtmlEntities.decode(s, i, out);
        if (next < 0) {
          out.append('&');
          i++;
        } else {
          i = next;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean opensTag(char c) {
    return c < 0x80 && Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** The lower-case name of the tag whose text (after '<') starts at {@code from}; closing slash dropped. */
  private static String tagName(String s, int from, int end) {
    int i = from < end && s.charAt(from) == '/' ? from + 1 : from;
    int start = i;
    while (i < end && i - start < 16 && Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
      i++;
    }
    return s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
  }

  /** Index after the closing tag of a hidden element opened before {@code from}; the end when none. */
  private static int closing(String s, int from, String name) {
    for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 2)) {
      if (s.regionMatches(true, at + 2, name, 0, name.length())) {
        int end = s.indexOf('>', at);
        return end < 0 ? s.length() : end + 1;
      }
    }
    return s.length();
  }

  private static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }
}
