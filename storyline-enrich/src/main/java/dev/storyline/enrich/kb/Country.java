package dev.storyline.enrich.kb;

import dev.storyline.model.Place;

/**
 * A country of ISO 3166-1.
 *
 * @param iso3 alpha-3 code
 * @param name common English short name
 * @param capital its capital, or null
 */
public record Country(String iso3, String name, Place capital) {
  public Country {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("bad ISO-3166 alpha-3 code: " + iso3);
    }
  }
}
