package dev.storyline.events;

import java.util.Set;

/** CAMEO root codes, and the group of them the coder's rules treat alike. */
final class Roots {

  /**
   * Protest (14), force posture (15), coercion (17), assault (18), fighting (19) and mass violence
   * (20): contentious acts that make sense without a target, whose actors without a country are of
   * the place they act in, and whose "at" phrase names whom they were aimed at ("fired tear gas at
   * protesters", "threw stones at police").
   */
  static final Set<String> CONTENTIOUS = Set.of("14", "15", "17", "18", "19", "20");

  /**
   * Statements that are news without anyone they are aimed at, as GDELT codes them with an empty
   * target: declining to comment (011), pessimism and optimism (012, 013), acknowledging or denying
   * responsibility (015, 016) and symbolic acts (017). A plain statement (010) is not: "said" is in
   * nearly every report, and a statement with no target says nothing an analyst counts.
   */
  static final Set<String> SELF_STANDING = Set.of("011", "012", "013", "016", "017");

  private Roots() {}

  /** The root of a CAMEO event code: its first two digits. */
  static String of(String code) {
    return code.substring(0, 2);
  }
}
