package dev.storyline.bench.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One sentence's gold codings paired one to one with its predictions. Both sides are first reduced to
 * distinct triples (source key, target key, root): gold often lists one event twice at finer actor
 * codes ("ISR>PSECVL 190", "ISR>PSEGZACVL 190"), and the coder may report one event through two
 * predicates; neither is a second event at the level scored. Pairing is greedy: gold triples without
 * a wildcard first, so that a wildcard takes only what the specific ones leave, and each takes the
 * first admitted prediction, preferring one with the same full code.
 *
 * @param pairs matched gold and predicted codings (true positives)
 * @param missed gold codings with no prediction (false negatives)
 * @param extra predictions with no gold coding (false positives)
 */
record SentenceMatch(List<Pair> pairs, List<Coding> missed, List<Coding> extra) {

  /** A matched gold coding and prediction; exact when some coding of each triple has the same full code. */
  record Pair(Coding gold, Coding predicted, boolean exact) {}

  SentenceMatch {
    pairs = List.copyOf(pairs);
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
  }

  static SentenceMatch of(List<Coding> gold, List<Coding> predicted) {
    Map<String, List<Coding>> g = distinct(gold);
    Map<String, List<Coding>> p = distinct(predicted);
    List<List<Coding>> golds = new ArrayList<>(g.values());
    golds.sort(Comparator.comparing(c -> c.get(0).hasWildcard())); // stable: file order otherwise
    List<List<Coding>> open = new ArrayList<>(p.values());
    List<Pair> pairs = new ArrayList<>();
    List<Coding> missed = new ArrayList<>();
    for (List<Coding> want : golds) {
      List<Coding> best = null;
      for (List<Coding> got : open) {
        if (want.get(0).admits(got.get(0)) && (best == null || !sameCode(want, best) && sameCode(want, got))) {
          best = got;
        }
      }
      if (best == null) {
        missed.add(want.get(0));
      } else {
        open.remove(best);
        pairs.add(new Pair(want.get(0), best.get(0), sameCode(want, best)));
      }
    }
    return new SentenceMatch(pairs, missed, open.stream().map(c -> c.get(0)).toList());
  }

  int truePositives() {
    return pairs.size();
  }

  int falsePositives() {
    return extra.size();
  }

  int falseNegatives() {
    return missed.size();
  }

  int exact() {
    return (int) pairs.stream().filter(Pair::exact).count();
  }

  private static Map<String, List<Coding>> distinct(List<Coding> codings) {
    Map<String, List<Coding>> out = new LinkedHashMap<>();
    for (Coding c : codings) {
      out.computeIfAbsent(c.triple(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private static boolean sameCode(List<Coding> a, List<Coding> b) {
    Set<String> codes = a.stream().map(Coding::code).collect(Collectors.toSet());
    return b.stream().anyMatch(c -> codes.contains(c.code()));
  }
}
