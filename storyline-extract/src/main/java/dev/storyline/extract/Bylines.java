package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds author names in byline text. */
final class Bylines {

  /** "Jake Kwon, a Seoul correspondent, reports" and the like, at the start of a paragraph. */
  private static final Pattern CORRESPONDENT = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){1,3}),\\s+(?:(?:a|an|the|our)\\s+)?[^,]{0,60}?"
          + "(?:correspondent|reporter|editor|writer|journalist|columnist|analyst)[^,]{0,40},\\s+"
          + "(?:reports|writes|says|explains|notes)\\b");

  private static final Pattern BY = Pattern.compile("^(?:written\\s+)?by[:\\s]+(.+)$", Pattern.CASE_INSENSITIVE);

  /** A person's name: two to four capitalised words, initials allowed. */
  private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}$");

  /** Words that show a byline part is a role or an outlet, not a name. */
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "editor", "editors", "writer", "news", "desk",
      "agency", "agencies", "wire", "press", "team", "contributor", "updated", "published");

  /** Longest byline line accepted; longer lines are prose that happens to start with "by". */
  static final int MAX_BYLINE_CHARS = 120;

  private Bylines() {}

  /** The author of a "Name, a ... correspondent, reports" opening, or null. */
  static String correspondent(String paragraph) {
    Matcher m = CORRESPONDENT.matcher(paragraph);
    return m.find() ? m.group(1) : null;
  }

  /** Authors of a "By A and B" line; empty when the line is not such a byline. */
  static List<String> byLine(String line) {
    String s = line.strip();
    if (s.length() > MAX_BYLINE_CHARS) {
      return List.of();
    }
    Matcher m = BY.matcher(s);
    return m.matches() ? names(m.group(1)) : List.of();
  }

  /** Names in a list like "A, B and C" or "A | Outlet", with roles, dates and outlets dropped. */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("\\s*(?:,|\\band\\b|&|\\||/|;|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
      String name = part.strip().replaceAll("^(?i)by\\s+", "").replaceAll("[.:]$", "");
      if (NAME.matcher(name).matches() && !hasRoleWord(name) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean hasRoleWord(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NOT_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
