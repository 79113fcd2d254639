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

  private Roots() {}

  /** The root of a CAMEO event code: its first two digits. */
  static String of(String code) {
    return code.substring(0, 2);
  }
}
