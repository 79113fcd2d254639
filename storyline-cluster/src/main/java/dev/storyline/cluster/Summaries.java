package dev.storyline.cluster;

import dev.storyline.model.ArticleDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Extractive summaries: the sentences that share most words with the whole story, without repeats. */
final class Summaries {

  /** Sentences in a summary: two or three, as news digests use. */
  static final int SENTENCES = 3;

  /** Leading sentences of each article considered; news puts the event first. */
  static final int LEAD = 6;

  /** Sentence length bounds in words: shorter ones are headings, longer ones run-ons. */
  static final int MIN_WORDS = 8;
  static final int MAX_WORDS = 60;

  /** Word overlap above which a candidate repeats a chosen sentence. */
  static final double MAX_OVERLAP = 0.5;

  /** A dateline opening a lead sentence ("NAIROBI, July 22, 2026 (Wire) —"), dropped from summaries. */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile("^\\p{Lu}[\\p{Lu}\\s.'/-]{1,40}(?:,[^—–]{3,40})?\\s+[—–-]{1,2}\\s+");

  private Summaries() {}

  static String summarize(List<ArticleDigest> articles) {
    Map<String, Integer> storyWords = new HashMap<>();
    List<String> candidates = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (ArticleDigest a : articles) {
      List<String> s = a.sentences();
      for (int i = 0; i < s.size(); i++) {
        words(s.get(i)).forEach(w -> storyWords.merge(w, 1, Integer::sum));
        int n = s.get(i).split("\\s+").length;
        if (i < LEAD && n >= MIN_WORDS && n <= MAX_WORDS && s.get(i).matches("(?s).*[.!?][\"'”’)]?$")) {
          candidates.add(DATELINE.matcher(s.get(i).replaceAll("\\s+", " ").strip()).replaceFirst(""));
          positions.add(i);
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    Map<Integer, Double> score = new HashMap<>();
    for (int i : order) {
      Set<String> w = words(candidates.get(i));
      double s = w.stream().mapToDouble(x -> Math.log(1 + storyWords.getOrDefault(x, 0))).sum() / Math.sqrt(1 + w.size());
      score.put(i, s / (1 + 0.15 * positions.get(i)));
    }
    order.sort(Comparator.comparing(score::get).reversed());
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() == SENTENCES) {
        break;
      }
      boolean repeats = chosen.stream().anyMatch(c -> overlap(candidates.get(c), candidates.get(i)) > MAX_OVERLAP);
      if (!repeats) {
        chosen.add(i);
      }
    }
    chosen.sort(Comparator.naturalOrder());
    List<String> out = new ArrayList<>();
    chosen.forEach(i -> out.add(candidates.get(i)));
    return String.join(" ", out);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }

  private static double overlap(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return x.isEmpty() || y.isEmpty() ? 0 : (double) shared.size() / Math.min(x.size(), y.size());
  }
}
