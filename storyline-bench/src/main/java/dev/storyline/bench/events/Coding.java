package dev.storyline.bench.events;

import dev.storyline.model.Event;
import java.util.Objects;

/**
 * One coded event as the benchmark compares it: the CAMEO actor and event codes as written, and the
 * country keys it is scored on.
 *
 * @param source the source's CAMEO actor code ("USAGOV", "---REB", "IGOUNO")
 * @param target the target's actor code, empty when the event has none
 * @param code the full CAMEO event code ("042")
 * @param sourceKey the source's country key, see {@link CountryKeys}
 * @param targetKey the target's country key, empty when the event has no target
 */
record Coding(String source, String target, String code, String sourceKey, String targetKey) {

  Coding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceKey, "source key");
    Objects.requireNonNull(targetKey, "target key");
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO event code must be 2-4 digits: " + code);
    }
  }

  /** A gold coding: keys from the actor codes. */
  static Coding gold(String source, String target, String code) {
    return new Coding(source, target, code, CountryKeys.ofCode(source), CountryKeys.ofCode(target));
  }

  /** What Storyline coded: keys from the actors' countries. */
  static Coding of(Event e) {
    return new Coding(e.source().code(), e.target() == null ? "" : e.target().code(), e.cameo(),
        CountryKeys.of(e.source()), CountryKeys.of(e.target()));
  }

  /** The CAMEO root: the first two digits. */
  String root() {
    return code.substring(0, 2);
  }

  /** The level the benchmark scores: source key, target key and root. */
  String triple() {
    return sourceKey + ">" + (targetKey.isEmpty() ? "-" : targetKey) + " " + root();
  }

  /** Whether this gold coding leaves a country open ("---"). */
  boolean hasWildcard() {
    return sourceKey.equals(CountryKeys.UNKNOWN) || targetKey.equals(CountryKeys.UNKNOWN);
  }

  /** Whether a prediction agrees with this gold coding on both countries and the root. */
  boolean admits(Coding predicted) {
    return root().equals(predicted.root()) && sameCountries(predicted);
  }

  /** Whether a prediction agrees with this gold coding on both countries, whatever its root. */
  boolean sameCountries(Coding predicted) {
    return admits(sourceKey, predicted.sourceKey) && admits(targetKey, predicted.targetKey);
  }

  /** Whether a prediction has this gold coding's source country and root, whatever its target. */
  boolean sameSourceAndRoot(Coding predicted) {
    return root().equals(predicted.root()) && admits(sourceKey, predicted.sourceKey);
  }

  /** Whether a prediction has this gold coding's target country and root, whatever its source. */
  boolean sameTargetAndRoot(Coding predicted) {
    return root().equals(predicted.root()) && admits(targetKey, predicted.targetKey);
  }

  private static boolean admits(String gold, String got) {
    return gold.equals(CountryKeys.UNKNOWN) || gold.equals(got);
  }

  @Override
  public String toString() {
    return source + ">" + (target.isEmpty() ? "-" : target) + " " + code;
  }
}
