package dev.storyline.events;

import dev.storyline.model.Actor;
import java.util.Set;

/**
 * Violence the CAMEO codebook counts as assault (18), not fighting (19): its 18 covers "unconventional
 * forms of violence which do not require high levels of military organization", its 19 the
 * conventional force of organised armed groups. Gunmen, bombers and jihadists who kill, rebels who
 * turn on civilians, and civilians who turn violent (settlers raiding a village, a mob) commit
 * assault whatever verb the lexicon codes as force. Crowds that turn on the police riot (145), and
 * police force against crowds is repression (175), as the codebook files them.
 */
final class Assaults {

  /**
   * Codes of 19 that say no more than "used force" (attack, kill): the codebook has no assault variant
   * of the specific ones (air strikes 195, artillery 194, occupation 192), so those stay.
   */
  private static final Set<String> GENERIC_FORCE = Set.of("190");

  /** The codebook's "use unconventional violence, not specified below". */
  static final String ASSAULT = "180";

  /** Roles of actors whose violence is unconventional by what they are: unidentified gunmen, radicals. */
  private static final Set<String> IRREGULAR = Set.of("UAF", "RAD");

  /** Roles of armed groups whose violence is unconventional when it falls on civilians. */
  private static final Set<String> NON_STATE = Set.of("REB");

  /** Roles of civilians. */
  private static final Set<String> CIVILIAN = Set.of("CVL");

  /** The codebook's "protest violently, riot": crowds that turn on the state's forces. */
  private static final String RIOT = "145";

  /** The codebook's "use tactics of violent repression": police force against crowds. */
  private static final String REPRESSION = "175";

  /** Roles of the crowds that protest: opposition, civilians, workers, students. */
  private static final Set<String> CROWDS = Set.of("OPP", "CVL", "LAB", "EDU");

  /** Roles of the state's forces of order that crowds clash with. */
  private static final Set<String> ORDER = Set.of("COP", "MIL", "GOV");

  private Assaults() {}

  /** The code of an event of {@code code} done by {@code source} to {@code target} (null when none). */
  static String code(String code, Actor source, Actor target) {
    if (!GENERIC_FORCE.contains(code)) {
      return code;
    }
    boolean civilians = target != null && target.role() != null && CIVILIAN.contains(target.role());
    String role = source.role();
    String against = target == null ? null : target.role();
    if (role != null && against != null && CROWDS.contains(role) && ORDER.contains(against)) {
      return RIOT; // "protesters clashed with police"
    }
    if ("COP".equals(role) && against != null && CROWDS.contains(against)) {
      return REPRESSION; // "police fired on protesters"
    }
    boolean unconventional = role != null
        && (IRREGULAR.contains(role) || CIVILIAN.contains(role) || NON_STATE.contains(role) && civilians);
    return unconventional ? ASSAULT : code;
  }
}
