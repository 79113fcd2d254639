package dev.storyline.model;

/**
 * A located place.
 *
 * @param name its English name
 * @param country ISO-3166 alpha-3 code, or null for places spanning countries
 * @param lat latitude in degrees, or null when unknown
 * @param lon longitude in degrees, or null when unknown
 */
public record Place(String name, String country, Double lat, Double lon) {

  public Place {
    Checks.notBlank(name, "place name");
    if (lat != null && (lat < -90 || lat > 90)) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
  }
}
