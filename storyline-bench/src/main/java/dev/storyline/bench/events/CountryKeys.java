package dev.storyline.bench.events;

import dev.storyline.model.Actor;
import java.util.Set;

/**
 * The "country" an actor is scored on. A CAMEO actor code starts with a country, ISO-3166 alpha-3
 * ("CHNGOV" is China's government: CHN), or with an international class, then possibly regions, then
 * the organisation ("IGOUNOMIL" is United Nations troops, "IGOEUREEC" the European Union, "IMGMUSISI"
 * a militant group). International actors are scored on class plus organisation ("IGOUNO", "IGOEEC",
 * "IMGMUS"), the nearest thing they have to a country: the UN's troops count as the UN, and Phoenix's
 * region segment does not keep its EU from matching Storyline's.
 *
 * <p>{@link #UNKNOWN} stands for an actor whose country is not known: in gold codes ("---REB") it is
 * a wildcard that matches any country, a missing target included; a prediction whose country is not
 * known gets it too, so it matches only such gold wildcards.
 */
final class CountryKeys {

  /** CAMEO's "unknown country" prefix. */
  static final String UNKNOWN = "---";

  /** Length of a CAMEO code segment: countries, classes, regions and roles are three letters each. */
  private static final int SEGMENT = 3;

  /**
   * CAMEO's classes of actors above or across states (CAMEO manual 1.1b3, "International actors"):
   * intergovernmental and non-governmental organisations, international militarised groups,
   * multinational corporations, unidentified state actors.
   */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  /** CAMEO's region codes, which Phoenix writes between the class and a regional body ("IGOEUREEC"). */
  private static final Set<String> REGIONS = Set.of("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU",
      "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NAM", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
      "SAF", "WAF", "WST", "WEU");

  private CountryKeys() {}

  /** The key of a CAMEO actor code as a gold coding writes it; empty for an empty code (no target). */
  static String ofCode(String code) {
    if (code.isEmpty() || code.startsWith(UNKNOWN)) {
      return code.isEmpty() ? "" : UNKNOWN;
    }
    if (code.length() < SEGMENT) {
      return code;
    }
    String head = code.substring(0, SEGMENT);
    if (!INTERNATIONAL.contains(head)) {
      return head;
    }
    int i = SEGMENT;
    while (i + 2 * SEGMENT <= code.length() && REGIONS.contains(code.substring(i, i + SEGMENT))) {
      i += SEGMENT;
    }
    return i + SEGMENT <= code.length() ? head + code.substring(i, i + SEGMENT) : head;
  }

  /**
   * The key of an actor Storyline coded: its country; for an international body without one, the key
   * of its code; otherwise {@link #UNKNOWN}. Empty for no actor (an event without target).
   */
  static String of(Actor a) {
    if (a == null) {
      return "";
    }
    if (a.country() != null) {
      return a.country();
    }
    String key = ofCode(a.code());
    return isInternational(key) ? key : UNKNOWN;
  }

  /** Whether a key names an international actor rather than a country. */
  static boolean isInternational(String key) {
    return key.length() >= SEGMENT && INTERNATIONAL.contains(key.substring(0, SEGMENT));
  }
}
