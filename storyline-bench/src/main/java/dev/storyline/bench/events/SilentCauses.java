package dev.storyline.bench.events;

import dev.storyline.events.Ingredients;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Why the coder said nothing where the gold has an event, pooled over sentences so that a slice can be
 * diagnosed unread: each gold coding missed in a silent sentence is counted once, under the first
 * ingredient that was lacking, in this order.
 *
 * @param unparsed the sentence was not parsed: no predicate of the lexicon, or no actor, in it
 * @param noSource the gold source's country is not among the actors resolved in the sentence
 * @param noTarget the gold target's country is not among them
 * @param noPredicate the lexicon gives no predicate of the sentence the gold's root
 * @param allPresent every ingredient was there, and the rules did not join them
 * @param unknownRoots how many of the misses with no predicate of their root each root has
 */
record SilentCauses(int unparsed, int noSource, int noTarget, int noPredicate, int allPresent,
    SortedMap<String, Integer> unknownRoots) {

  static final SilentCauses ZERO = new SilentCauses(0, 0, 0, 0, 0, new TreeMap<>());

  SilentCauses {
    if (unparsed < 0 || noSource < 0 || noTarget < 0 || noPredicate < 0 || allPresent < 0) {
      throw new IllegalArgumentException("cause counts are not negative");
    }
    unknownRoots = Collections.unmodifiableSortedMap(new TreeMap<>(unknownRoots));
  }

  /** These counts with a sentence's silent misses added; a sentence with any prediction adds nothing. */
  SilentCauses plus(SentenceMatch m, Ingredients in) {
    if (!m.pairs().isEmpty() || !m.extra().isEmpty()) {
      return this;
    }
    Set<String> keys = in.actors().stream().map(CountryKeys::of).collect(Collectors.toSet());
    int[] c = {unparsed, noSource, noTarget, noPredicate, allPresent};
    SortedMap<String, Integer> unknown = new TreeMap<>(unknownRoots);
    for (Coding gold : m.missed()) {
      if (!in.parsed()) {
        c[0]++;
      } else if (!present(gold.sourceKey(), keys)) {
        c[1]++;
      } else if (!gold.targetKey().isEmpty() && !present(gold.targetKey(), keys)) {
        c[2]++;
      } else if (!in.roots().contains(gold.root())) {
        c[3]++;
        unknown.merge(gold.root(), 1, Integer::sum);
      } else {
        c[4]++;
      }
    }
    return new SilentCauses(c[0], c[1], c[2], c[3], c[4], unknown);
  }

  private static boolean present(String goldKey, Set<String> keys) {
    return goldKey.equals(CountryKeys.UNKNOWN) ? !keys.isEmpty() : keys.contains(goldKey);
  }

  @Override
  public String toString() {
    return "silent misses: " + unparsed + " unparsed, " + noSource + " source not resolved, " + noTarget
        + " target not resolved, " + noPredicate + " no predicate of the root " + unknownRoots + ", " + allPresent + " all present";
  }
}
