package dev.storyline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds small article digests for tests of the stages after enrichment. */
public final class Digests {
  private Digests() {}

  /** A digest whose terms are the text's words and whose entities name the given actors. */
  public static ArticleDigest of(String id, String title, String text, LocalDate seen, Actor... actors) {
    Article a = new Article(id, null, "test:" + id, title, text, List.of(), "Test Wire", seen, "en", "hash-" + id);
    Map<String, Integer> terms = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() > 3) {
        terms.merge(w, 1, Integer::sum);
      }
    }
    List<EntityMention> entities = new ArrayList<>();
    for (Actor actor : actors) {
      entities.add(new EntityMention(0, 0, 1, 0, 1, actor.name(), "PERSON", actor));
    }
    List<String> sentences = List.of(text.split("(?<=\\.)\\s+"));
    return new ArticleDigest(a, seen, sentences, entities, List.of(), 0.0, List.of("diplomacy"), terms);
  }
}
