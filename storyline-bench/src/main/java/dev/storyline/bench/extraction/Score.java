package dev.storyline.bench.extraction;

/** Precision, recall and their harmonic mean. */
record Score(double precision, double recall, double f1) {

  Score {
    if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
      throw new IllegalArgumentException("precision and recall lie in [0, 1]");
    }
  }

  static Score of(double precision, double recall) {
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f);
  }
}
