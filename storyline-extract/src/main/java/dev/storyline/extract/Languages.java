package dev.storyline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A first language guess from function words; a statistical detector replaces it later. */
final class Languages {

  /** Function words frequent in running text of each language and rare in the others. */
  private static final Map<String, Set<String>> MARKERS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "with", "for", "was", "on", "said"),
      "de", Set.of("der", "die", "und", "das", "nicht", "mit", "ist", "auf", "für", "dem", "ein", "sich"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui", "sur", "du"),
      "es", Set.of("el", "los", "las", "del", "que", "por", "una", "para", "con", "se", "según", "y"));

  /** Fewer marker hits than this and the text is too short to say. */
  private static final int MIN_HITS = 3;

  private Languages() {}

  static String guess(String text) {
    String best = null;
    int bestHits = MIN_HITS - 1;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (Map.Entry<String, Set<String>> e : MARKERS.entrySet()) {
      int hits = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = e.getKey();
      }
    }
    return best;
  }
}
