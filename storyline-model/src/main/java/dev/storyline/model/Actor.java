package dev.storyline.model;

import java.util.Objects;

/**
 * A participant in events, coded the CAMEO way.
 *
 * @param name display name ("Lee Jae Myung", "South Korea", "police")
 * @param country ISO-3166 alpha-3 code, or null for international or unknown actors
 * @param role CAMEO sector (GOV, MIL, COP, CVL, IGO, ...), or null for a whole country
 * @param code CAMEO actor code, the country followed by the role ("KORGOV"), or an IGO code
 * @param kind what the actor is
 */
public record Actor(String name, String country, String role, String code, ActorKind kind) {

  public Actor {
    Checks.notBlank(name, "actor name");
    Checks.notBlank(code, "actor code");
    Objects.requireNonNull(kind, "actor kind");
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be ISO-3166 alpha-3: " + country);
    }
  }

  /** The CAMEO code for a country and optional sector: "KOR" + "GOV" gives "KORGOV". */
  public static String code(String country, String role) {
    return (country == null ? "" : country) + (role == null ? "" : role);
  }
}
