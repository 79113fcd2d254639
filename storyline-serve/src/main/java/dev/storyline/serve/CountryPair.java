package dev.storyline.serve;

import java.util.Locale;

/**
 * Two countries whose relationship is asked about, in either direction.
 *
 * @param a ISO-3166 alpha-3 code
 * @param b ISO-3166 alpha-3 code
 */
public record CountryPair(String a, String b) {

  /**
   * Parses "KOR,CHN" (any case); null gives null, meaning no filter.
   *
   * @throws IllegalArgumentException when the text is not two alpha-3 codes
   */
  public static CountryPair parse(String text) {
    if (text == null) {
      return null;
    }
    String[] p = text.strip().toUpperCase(Locale.ROOT).split("\\s*,\\s*");
    if (p.length != 2 || !p[0].matches("[A-Z]{3}") || !p[1].matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("pair must be two ISO-3166 alpha-3 codes such as KOR,CHN, got '" + text + "'");
    }
    return new CountryPair(p[0], p[1]);
  }
}
