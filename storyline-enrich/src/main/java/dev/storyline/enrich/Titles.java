package dev.storyline.enrich;

import java.util.Locale;
import java.util.Map;

/** Titles that stand before a person's name, and the CAMEO sector each implies. */
final class Titles {

  /** Title words (lower case) with their sector; multi-word titles are matched word by word. */
  private static final Map<String, String> SECTOR = Map.ofEntries(
      Map.entry("president", "GOV"), Map.entry("prime", "GOV"), Map.entry("minister", "GOV"),
      Map.entry("premier", "GOV"), Map.entry("chancellor", "GOV"), Map.entry("foreign", "GOV"),
      Map.entry("secretary", "GOV"), Map.entry("state", "GOV"), Map.entry("king", "GOV"),
      Map.entry("queen", "GOV"), Map.entry("emperor", "GOV"), Map.entry("leader", "GOV"),
      Map.entry("supreme", "GOV"), Map.entry("vice", "GOV"), Map.entry("deputy", "GOV"),
      Map.entry("spokesperson", "GOV"), Map.entry("spokesman", "GOV"), Map.entry("spokeswoman", "GOV"),
      Map.entry("ambassador", "GOV"), Map.entry("envoy", "GOV"), Map.entry("governor", "GOV"),
      Map.entry("mayor", "GOV"), Map.entry("trade", "GOV"), Map.entry("finance", "GOV"),
      Map.entry("defense", "GOV"), Map.entry("defence", "GOV"), Map.entry("interior", "GOV"),
      Map.entry("general", "MIL"), Map.entry("gen.", "MIL"), Map.entry("admiral", "MIL"),
      Map.entry("commander", "MIL"), Map.entry("colonel", "MIL"), Map.entry("judge", "JUD"),
      Map.entry("justice", "JUD"), Map.entry("senator", "LEG"), Map.entry("sen.", "LEG"),
      Map.entry("lawmaker", "LEG"), Map.entry("congressman", "LEG"), Map.entry("congresswoman", "LEG"),
      Map.entry("speaker", "LEG"), Map.entry("ceo", "BUS"), Map.entry("chief", "GOV"),
      Map.entry("executive", "BUS"), Map.entry("of", "GOV"), Map.entry("the", "GOV"));

  /** Head words that are a title on their own; the others only qualify one ("foreign", "of"). */
  private static final java.util.Set<String> HEADS = java.util.Set.of(
      "president", "minister", "premier", "chancellor", "secretary", "king", "queen", "emperor", "leader",
      "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "governor", "mayor", "general",
      "gen.", "admiral", "commander", "colonel", "judge", "justice", "senator", "sen.", "lawmaker",
      "congressman", "congresswoman", "speaker", "ceo");

  private Titles() {}

  static boolean isTitleWord(String word) {
    return SECTOR.containsKey(word.toLowerCase(Locale.ROOT));
  }

  static boolean isHead(String word) {
    return HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The sector a title implies, judged by its head word (the last one). */
  static String sector(String headWord) {
    String s = SECTOR.get(headWord.toLowerCase(Locale.ROOT));
    return s == null ? "GOV" : s;
  }
}
