package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page title between the separators sites set between headline, section, kicker and
 * outlet name ("Kicker: Headline - Section | Outlet").
 */
final class TitleParts {

  /**
   * Outlet parts cut from one end of a title: a name and a slogan or legal form ("Headline » Name -
   * Name e.V."); three covers the titles seen, and a bound keeps a hostile title from looping long.
   */
  static final int MAX_OUTLET_PARTS = 3;

  /** What is left after cutting the outlet is a headline only when it is at least this long ("Hope!"). */
  static final int MIN_HEADLINE_CHARS = 3;

  /** A headline after a kicker and a colon has at least this many words ("Unser wahres Ich"). */
  static final int MIN_WORDS_AFTER_COLON = 2;

  /** A headline after a site or section name has at least this many words; shorter parts are names. */
  static final int MIN_WORDS_AFTER_NAME = 4;

  /** Words a title part may add to the outlet's name and still be its name ("Meridian Wire Online", "The Meridian Wire e.V."). */
  static final int MAX_WORDS_BESIDE_NAME = 2;

  /** Separators between parts; a pipe needs no spaces ("NEWS WEB EASY|Headline"). */
  private static final Pattern SEPARATOR = Pattern.compile(" [-|–—•·»«] |\\s?\\|\\s?");

  /** Separators after a leading part, where a colon also sets off an outlet or a kicker. */
  private static final Pattern LEADING_SEPARATOR = Pattern.compile(" [-|–—•·»«] |\\s?\\|\\s?|: ");

  private TitleParts() {}

  /**
   * The title without the parts that name the outlet at its end or its start, or null when no part
   * does.
   *
   * @param title the title, whitespace collapsed to single spaces
   * @param outlet the outlet's name, folded
   */
  static String withoutOutlet(String title, String outlet) {
    String t = title;
    for (int i = 0; i < MAX_OUTLET_PARTS; i++) {
      String cut = cutOne(t, outlet);
      if (cut == null) {
        break;
      }
      t = cut;
    }
    return t.equals(title) ? null : t;
  }

  private static String cutOne(String t, String outlet) {
    List<int[]> seps = separators(t, SEPARATOR);
    if (!seps.isEmpty()) {
      int[] last = seps.get(seps.size() - 1);
      String head = t.substring(0, last[0]).strip();
      if (names(t.substring(last[1]), outlet) && head.length() >= MIN_HEADLINE_CHARS) {
        return head;
      }
    }
    List<int[]> leading = separators(t, LEADING_SEPARATOR);
    if (!leading.isEmpty()) {
      int[] first = leading.get(0);
      String tail = t.substring(first[1]).strip();
      if (names(t.substring(0, first[0]), outlet) && tail.length() >= MIN_HEADLINE_CHARS) {
        return tail;
      }
    }
    return null;
  }

  private static boolean names(String part, String outlet) {
    String p = Titles.fold(part);
    // A headline may name the outlet too ("Snow maps now on example.ch"): a name part is little more than the name.
    boolean nameWithLittleMore = p.contains(outlet)
        && p.split(" ").length <= outlet.split(" ").length + MAX_WORDS_BESIDE_NAME;
    return p.length() >= 2 && (nameWithLittleMore || outlet.contains(p));
  }

  /**
   * True when the heading is a whole part of the title after its first part, as a headline after a
   * kicker ("Kicker: Headline") or after site and section names ("Site » Archive » Headline") is.
   *
   * @param title the title, folded
   * @param heading the heading, folded
   */
  static boolean isLaterPart(String title, String heading) {
    for (int[] sep : separators(title, LEADING_SEPARATOR)) {
      int end = sep[1] + heading.length();
      if (!title.startsWith(heading, sep[1])
          || end < title.length() && !SEPARATOR.matcher(title).region(end, title.length()).lookingAt()) {
        continue;
      }
      int words = heading.split(" ").length;
      boolean colon = title.charAt(sep[0]) == ':';
      if (words >= (colon ? MIN_WORDS_AFTER_COLON : MIN_WORDS_AFTER_NAME)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the heading is the whole first part of the title and long enough to be a headline
   * rather than a site's name, as a headline before its subtitle ("Headline - Subtitle") is.
   *
   * @param title the title, folded
   * @param heading the heading, folded
   */
  static boolean isFirstPart(String title, String heading) {
    return title.startsWith(heading) && heading.length() < title.length()
        && SEPARATOR.matcher(title).region(heading.length(), title.length()).lookingAt()
        && heading.split(" ").length >= MIN_WORDS_AFTER_NAME;
  }

  private static List<int[]> separators(String t, Pattern separator) {
    List<int[]> out = new ArrayList<>();
    Matcher m = separator.matcher(t);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
