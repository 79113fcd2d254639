package dev.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a found title or author list is compared with the gold. */
final class Matching {

  private Matching() {}

  /**
   * Titles match when equal after folding case, Unicode compatibility forms and whitespace: the
   * issue's exact match, so a gold title the set's authors cut short is missed, never guessed at.
   */
  static boolean sameTitle(String gold, String got) {
    String g = Run.fold(gold);
    String t = Run.fold(got);
    return g.equals(t);
  }

  /** Author lists match when they name the same people, compared by folded names, in any order. */
  static boolean sameAuthors(String gold, List<String> got) {
    if (got == null || got.isEmpty()) {
      return false;
    }
    List<String> want = names(gold);
    List<String> have = new ArrayList<>();
    for (String a : got) {
      have.addAll(names(a));
    }
    return !want.isEmpty() && want.size() == have.size() && have.containsAll(want);
  }

  static List<String> names(String line) {
    List<String> out = new ArrayList<>();
    for (String part : line.split("\\s*(?:;|,|&|\\band\\b|\\bund\\b)\\s*")) {
      String n = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip().replaceAll("\\s+", " ");
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}
