package dev.storyline.extract.meta;

import java.util.regex.Pattern;

/** Where the names of a credit line end and how they divide: "Ana Roe und Tom Lee | 12.03.2021". */
final class CreditTail {

  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||/|&|\\+|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bwith\\b|\\bmit\\b)\\s*");

  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag"
      + "|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes"
      + "|martes|miércoles|jueves|viernes|sábado|domingo";

  /**
   * Where the names of a credit end: a date or time (a word starting with a digit, a weekday, a
   * month and its day, each with the word that introduces it), a bracketed role, or a separator or
   * "for" before the outlet or the date: "Ana Roe | 12.03.2021", "Ana Roe for Daily Courier", "Ana
   * Roe (Pressesprecherin)", "von lupa am 26/10/13", "Ana Roe Thursday, May 9", "Ana Roe on March 3";
   * or the category a blog files the post in: "Posted by Ana Roe in News", "Ana Roe under Reisen".
   */
  private static final Pattern TAIL = Pattern.compile(
      "\\s*(?:\\(|\\[|»|•|·|\\s[-–—]\\s|\\b\\d"
          + "|\\b(?:am|on|le|el|il|op|um|at|updated|aktualisiert|hace|published|posted|veröffentlicht|publié"
          + "|publicado)\\s+(?:\\d|(?:" + WEEKDAYS + ")\\b"
          + "|(?:" + MonthNames.ANY + ")\\.?\\s+\\d)"
          + "|\\b(?:" + WEEKDAYS + ")\\b|\\b(?:" + MonthNames.ANY + ")\\.?\\s+\\d"
          + "|\\b(?:alle artikel|all posts|alle beiträge|more from|mehr von)\\b|\\s(?:for|für|in|under|unter)\\s"
          + "|\\b(?:stand|updated|aktualisiert|veröffentlicht|published|posted|datum|date|quelle|source|fotos?"
          + "|bilder?|kategorie|category|tags|rubrik)\\s*:"
          + "|\\b(?:illustrations?|fotos?|photos?|photography|bilder?|grafik|video|kamera|camera)\\s+(?:von|by)\\b).*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Credits of pictures and sources, not of the text: "Bild: AFP/Ana Roe", "Foto: Ana Roe". */
  private static final Pattern NOT_TEXT_CREDIT = Pattern.compile(
      "^(?:bild|bilder|foto|fotos|photo|photos|image|images|quelle|source|grafik|illustration|video)\\s*:",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CreditTail() {}

  /** True for the credit of a picture or a source rather than of the text. */
  static boolean creditsPicture(String credit) {
    return NOT_TEXT_CREDIT.matcher(credit).lookingAt();
  }

  /** The names of a credit without what follows them (a date, a role in brackets, the outlet). */
  static String cut(String named) {
    return TAIL.matcher(named).replaceFirst("");
  }

  /** The parts of a list of names, split at commas, bars, slashes and the words for "and" and "with". */
  static String[] parts(String names) {
    return SPLIT.split(names);
  }
}
