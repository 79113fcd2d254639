package dev.storyline.cluster;

import java.util.HashMap;
import java.util.Map;

/** Sparse TF-IDF vectors and their cosine similarity. */
final class Vectors {
  private Vectors() {}

  /** Sublinear TF times smoothed IDF, normalised to unit length. */
  static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Integer> docFreq, int docs) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double idf = Math.log((1.0 + docs) / (1.0 + docFreq.getOrDefault(e.getKey(), 0))) + 1.0;
      double w = (1 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> w / n);
    }
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** The normalised sum of vectors. */
  static Map<String, Double> centroid(Iterable<Map<String, Double>> vectors) {
    Map<String, Double> c = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      v.forEach((k, w) -> c.merge(k, w, Double::sum));
    }
    double n = Math.sqrt(c.values().stream().mapToDouble(w -> w * w).sum());
    if (n > 0) {
      c.replaceAll((k, w) -> w / n);
    }
    return c;
  }
}
