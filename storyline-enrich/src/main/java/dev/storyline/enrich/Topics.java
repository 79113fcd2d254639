package dev.storyline.enrich;

import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assigns topics from the fixed taxonomy in {@code topics/topics.tsv} by counting keyword lemmas. */
public final class Topics {

  /** Fewer keyword hits than this is a passing mention, not a topic of the article. */
  static final int MIN_HITS = 2;

  /** An article carries at most this many topics, as news taxonomies tag one to three. */
  static final int MAX_TOPICS = 3;

  /** A topic with fewer hits than this share of the strongest topic's is dropped as incidental. */
  static final double MIN_SHARE_OF_TOP = 0.34;

  private final Map<String, List<String[]>> keywords = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  public Topics() {
    for (String[] r : Tsv.read(Topics.class, "topics/topics.tsv", 3)) {
      labels.put(r[0], r[1]);
      List<String[]> k = new ArrayList<>();
      for (String phrase : Tsv.list(r[2])) {
        k.add(phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
      }
      keywords.put(r[0], k);
    }
  }

  /** Every topic key with its human label, in taxonomy order. */
  public Map<String, String> labels() {
    return labels;
  }

  /** The article's topics, strongest first. */
  public List<String> assign(List<Sentence> sentences) {
    List<String> lemmas = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        lemmas.add(t.lemma());
      }
    }
    Map<String, Integer> hits = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : keywords.entrySet()) {
      int n = 0;
      for (String[] k : e.getValue()) {
        n += count(lemmas, k);
      }
      if (n >= MIN_HITS) {
        hits.put(e.getKey(), n);
      }
    }
    int top = hits.values().stream().max(Integer::compare).orElse(0);
    return hits.entrySet().stream()
        .filter(e -> e.getValue() >= top * MIN_SHARE_OF_TOP)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TOPICS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static int count(List<String> lemmas, String[] phrase) {
    int n = 0;
    outer:
    for (int i = 0; i + phrase.length <= lemmas.size(); i++) {
      for (int j = 0; j < phrase.length; j++) {
        if (!lemmas.get(i + j).equals(phrase[j])) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }
}
