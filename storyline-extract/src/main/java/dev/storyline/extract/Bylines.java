package dev.storyline.extract;

import dev.storyline.extract.meta.Credits;
import dev.storyline.extract.meta.Names;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds author names in the byline lines of plain text copied from a page. */
final class Bylines {

  /** "Jake Kwon, a Seoul correspondent, reports" and the like, at the start of a paragraph. */
  private static final Pattern CORRESPONDENT = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){1,3}),\\s+(?:(?:a|an|the|our)\\s+)?[^,]{0,60}?"
          + "(?:correspondent|reporter|editor|writer|journalist|columnist|analyst)[^,]{0,40},\\s+"
          + "(?:reports|writes|says|explains|notes)\\b");

  /** Longest byline line accepted; longer lines are prose that happens to start with "by". */
  static final int MAX_BYLINE_CHARS = 120;

  private Bylines() {}

  /** The author of a "Name, a ... correspondent, reports" opening, or null. */
  static String correspondent(String paragraph) {
    Matcher m = CORRESPONDENT.matcher(paragraph);
    return m.find() ? m.group(1) : null;
  }

  /** Authors of a "By A and B" (or "Von A", "Par A", "Autor: A") line; empty when the line is not such a byline. */
  static List<String> byLine(String line) {
    String s = line.strip();
    if (s.length() > MAX_BYLINE_CHARS || !Credits.opensCredit(s)) {
      return List.of();
    }
    return Names.people(s, true);
  }
}
