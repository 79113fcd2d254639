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
   * Statements (01) that the CAMEO codebook codes without a target when none is named: declining
   * to comment, pessimistic comments ("warned of a danger"), denials, symbolic acts ("marked the
   * anniversary"), sympathy. Left out: a plain statement (010), as news says "said" of nearly
   * everything; optimistic comments (013), whose lexicon verb "hope" mostly frames another clause and
   * cost PETR-2 held-out precision (two extra events, none found); claimed responsibility (015), which
   * PETR-2 tuning codes against whom the claimed attack hit.
   */
  private static final Set<String> SELF_CONTAINED = Set.of("011", "012", "016", "017", "018");

  private Roots() {}

  /** Whether an event of this code is coded when no target is named: contentious acts and self-contained statements. */
  static boolean targetless(String code) {
    return CONTENTIOUS.contains(of(code)) || code.length() >= 3 && SELF_CONTAINED.contains(code.substring(0, 3));
  }

  /** The root of a CAMEO event code: its first two digits. */
  static String of(String code) {
    return code.substring(0, 2);
  }

  /** The root of a CAMEO event code or root as a number, 1 to 20, for comparing roots by range. */
  static int number(String code) {
    return Integer.parseInt(of(code));
  }
}
