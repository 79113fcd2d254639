package dev.storyline.events;

import java.util.Map;

/**
 * The CAMEO "express intent" code (family 03) of an action: what a promise or plan to do it is coded
 * as when the lexicon has no intent line of its own for the verb.
 */
final class Intents {

  /**
   * Action code prefixes and the intent codes the CAMEO 1.1b3 codebook pairs with them (03x
   * "express intent to ..."), most specific prefix first. Actions outside this table (statements,
   * appeals, disapproval, coercion, force) have no intent code: a promise to do them is coded as the
   * action itself, and threats have their own lexicon lines (13x).
   */
  private static final Map<String, String> BY_PREFIX = Map.ofEntries(
      Map.entry("045", "039"), Map.entry("04", "036"),
      Map.entry("050", "032"), Map.entry("053", "032"), Map.entry("054", "032"), Map.entry("057", "030"),
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
      Map.entry("06", "031"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("07", "033"),
      Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("0831", "0341"), Map.entry("0832", "0342"),
      Map.entry("0833", "0343"), Map.entry("0834", "0344"), Map.entry("083", "034"), Map.entry("084", "0353"),
      Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"), Map.entry("08", "035"));

  /** CAMEO's root for expressing intent to cooperate (03). */
  static final String ROOT = "03";

  /** Longest prefix of a CAMEO code, four digits. */
  private static final int MAX_PREFIX = 4;

  private Intents() {}

  /** The intent code for an action code, or the action code itself when CAMEO has no intent code for it. */
  static String of(String code) {
    for (int len = Math.min(MAX_PREFIX, code.length()); len >= 2; len--) {
      String intent = BY_PREFIX.get(code.substring(0, len));
      if (intent != null) {
        return intent;
      }
    }
    return code;
  }
}
