package dev.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction benchmark's metric: per document, true and extracted bodies
 * are compared as multisets of 4-token shingles, the counts normalised so every document weighs the
 * same; precision and recall are averaged over documents and F1 is taken from the two averages.
 */
final class ShingleMetric {

  /** Tokens per shingle, as the benchmark defines it. */
  static final int SHINGLE = 4;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final List<double[]> documents = new ArrayList<>();

  /** Adds one document's comparison. */
  void add(String truth, String extracted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(extracted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    documents.add(sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0});
  }

  Score score() {
    double precision = 0;
    int pn = 0;
    double recall = 0;
    int rn = 0;
    for (double[] d : documents) {
      double tp = d[0];
      double fp = d[1];
      double fn = d[2];
      boolean perfect = fp == 0 && fn == 0;
      if (tp + fp > 0) {
        precision += perfect ? 1 : tp / (tp + fp);
        pn++;
      }
      if (tp + fn > 0) {
        recall += perfect ? 1 : tp / (tp + fn);
        rn++;
      }
    }
    return Score.of(pn == 0 ? 0 : precision / pn, rn == 0 ? 0 : recall / rn);
  }

  /** Per-document F1, for finding the pages that cost most. */
  double lastF1() {
    double[] d = documents.get(documents.size() - 1);
    double p = d[0] + d[1] == 0 ? 0 : d[0] / (d[0] + d[1]);
    double r = d[0] + d[2] == 0 ? 0 : d[0] / (d[0] + d[2]);
    return d[1] == 0 && d[2] == 0 ? 1 : p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      List<String> window = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!window.isEmpty()) {
        out.merge(String.join("\u0001", window), 1, Integer::sum);
      }
    }
    return out;
  }
}
