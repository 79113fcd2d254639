package dev.storyline.bench.extraction;

import java.util.List;

/**
 * The trafilatura evaluation's metric: each snippet that belongs to the main text counts as a true
 * positive when the extraction contains it and a false negative otherwise; each snippet that does
 * not belong counts as a false positive when contained, a true negative otherwise. Whitespace runs
 * are folded to one space on both sides before matching.
 */
final class SnippetMetric {

  private long tp;
  private long fn;
  private long fp;
  private long tn;
  private long lastWrong;

  void add(String extracted, List<String> with, List<String> without) {
    String text = fold(extracted == null ? "" : extracted);
    lastWrong = 0;
    for (String s : with) {
      if (text.contains(fold(s))) {
        tp++;
      } else {
        fn++;
        lastWrong++;
      }
    }
    for (String s : without) {
      if (text.contains(fold(s))) {
        fp++;
        lastWrong++;
      } else {
        tn++;
      }
    }
  }

  /** Snippets the last page got wrong. */
  long lastWrong() {
    return lastWrong;
  }

  Score score() {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return Score.of(p, r);
  }

  static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
