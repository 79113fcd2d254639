package dev.storyline.extract.html;

import java.util.regex.Pattern;

/**
 * Recognises lines that belong to a picture rather than to the story: photo credits, gallery
 * counters and numbered figure captions, which templates set as plain paragraphs when they do not
 * use {@code figcaption}.
 */
final class Captions {

  /** Longest credit line: a photographer and an agency or two, about 80 characters on news templates. */
  static final int MAX_CREDIT_CHARS = 120;

  /** Longest numbered caption: two or three sentences under a chart or a photo. */
  static final int MAX_CAPTION_CHARS = 400;

  /**
   * Openings of credit lines, in the languages of our sources: "Photo by", "Photograph by", "Photo
   * credit:", "Crédits photos :", "Bildquelle:", "Beitragsbild:", "Bild ©".
   */
  private static final Pattern CREDIT = Pattern.compile(
      "^(?:(?:photo(?:graph)?|foto|bild|image|picture|beitragsbild|titelbild)s?(?:\\s*(?:credits?|quelle|nachweis))?"
          + "|bildquelle|bildnachweis|bildcredits?|crédits?\\s+photos?)\\s*(?::|©|by\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A gallery's counter: "Bild 1 von 9", "Photo 3 of 12". */
  private static final Pattern COUNTER = Pattern.compile(
      "^(?:bild|foto|image|photo|slide)\\s+\\d{1,4}\\s+(?:von|of|de|sur|/)\\s+\\d{1,4}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A numbered caption: "Abbildung 4: ...", "Fig. 2: ...", "Abbildung: ...". */
  private static final Pattern FIGURE = Pattern.compile(
      "^(?:abbildung|abb\\.|figure|fig\\.)\\s*\\d{0,3}\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Captions() {}

  /** True for a photo credit, a gallery counter or a numbered figure caption. */
  static boolean isCaption(String line) {
    String t = line.strip();
    if (t.length() <= MAX_CREDIT_CHARS && (CREDIT.matcher(t).lookingAt() || COUNTER.matcher(t).matches())) {
      return true;
    }
    return t.length() <= MAX_CAPTION_CHARS && FIGURE.matcher(t).lookingAt();
  }
}
