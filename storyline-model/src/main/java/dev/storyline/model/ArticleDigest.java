package dev.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What Storyline keeps of an article once enriched and coded: enough to cluster, summarise, index and
 * show it without parsing it again.
 *
 * @param article the article
 * @param seen its publication date, or the day it was ingested when it has none
 * @param sentences its sentences' texts in order
 * @param entities its entity mentions
 * @param events the events coded from it, one mention each
 * @param tone its tone
 * @param topics its topics, strongest first
 * @param terms content lemmas with their counts, for similarity
 */
public record ArticleDigest(
    Article article,
    LocalDate seen,
    List<String> sentences,
    List<EntityMention> entities,
    List<Event> events,
    double tone,
    List<String> topics,
    Map<String, Integer> terms) {

  public ArticleDigest {
    java.util.Objects.requireNonNull(article, "article");
    java.util.Objects.requireNonNull(seen, "seen");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    topics = List.copyOf(topics);
    terms = Map.copyOf(terms);
  }

  /** The distinct actors the article names. */
  public List<Actor> actors() {
    return entities.stream().map(EntityMention::actor).filter(java.util.Objects::nonNull).distinct().toList();
  }
}
