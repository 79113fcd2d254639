package dev.storyline.model;

import java.util.List;

/**
 * An article with the annotations the enrich stage adds.
 *
 * @param article the extracted article
 * @param sentences its sentences with tokens and parse
 * @param entities entity mentions, resolved to actors where possible
 * @param tone GDELT-style tone: (positive - negative words) / all words * 100
 * @param topics topic keys from Storyline's taxonomy, strongest first
 */
public record EnrichedArticle(
    Article article, List<Sentence> sentences, List<EntityMention> entities, double tone, List<String> topics) {

  public EnrichedArticle {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    topics = List.copyOf(topics);
    if (tone < -100 || tone > 100) {
      throw new IllegalArgumentException("tone must lie in -100..100: " + tone);
    }
  }
}
