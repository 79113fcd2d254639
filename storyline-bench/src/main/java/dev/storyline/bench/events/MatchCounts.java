package dev.storyline.bench.events;

/**
 * Pooled counts over a set of sentences, and the figures drawn from them.
 *
 * @param sentences sentences counted
 * @param truePositives matched gold triples
 * @param falsePositives predicted triples without gold
 * @param falseNegatives gold triples without prediction
 * @param exact matched triples whose full event code agrees too
 */
record MatchCounts(int sentences, int truePositives, int falsePositives, int falseNegatives, int exact) {

  static final MatchCounts ZERO = new MatchCounts(0, 0, 0, 0, 0);

  MatchCounts {
    if (sentences < 0 || truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || exact < 0
        || exact > truePositives) {
      throw new IllegalArgumentException("counts are not negative and exact matches are matches");
    }
  }

  MatchCounts plus(SentenceMatch m) {
    return new MatchCounts(sentences + 1, truePositives + m.truePositives(), falsePositives + m.falsePositives(),
        falseNegatives + m.falseNegatives(), exact + m.exact());
  }

  int gold() {
    return truePositives + falseNegatives;
  }

  int predicted() {
    return truePositives + falsePositives;
  }

  /** Share of predictions that are right; NaN when nothing was predicted. */
  double precision() {
    return ratio(truePositives, predicted());
  }

  /** Share of gold found; NaN when there is no gold. */
  double recall() {
    return ratio(truePositives, gold());
  }

  /** Harmonic mean of precision and recall: 2TP / (2TP + FP + FN); NaN when both sides are empty. */
  double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /** Share of matched triples whose full CAMEO code is right too; NaN without matches. */
  double exactRate() {
    return ratio(exact, truePositives);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
