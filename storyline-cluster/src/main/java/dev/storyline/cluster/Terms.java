package dev.storyline.cluster;

import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The content words of an article, counted: nouns, verbs, adjectives and names, as lemmas. */
public final class Terms {

  /** Frequent verbs and nouns of news prose that say nothing about which event is reported. */
  private static final Set<String> STOP = Set.of(
      "be", "have", "do", "say", "tell", "make", "take", "give", "get", "go", "come", "also", "year", "day",
      "time", "week", "month", "report", "according", "include", "other", "new", "many", "more", "most",
      "people", "official", "statement", "would", "could", "will", "may", "last", "first", "own");

  private Terms() {}

  public static Map<String, Integer> of(EnrichedArticle article) {
    Map<String, Integer> out = new HashMap<>();
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        String pos = t.pos();
        boolean content = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ");
        String lemma = t.lemma();
        if (content && lemma.length() > 2 && !STOP.contains(lemma) && Character.isLetter(lemma.codePointAt(0))) {
          out.merge(lemma, 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
