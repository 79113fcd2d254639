package dev.storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world event as reported by one or more outlets.
 *
 * @param id stable identifier
 * @param title a headline for the story
 * @param summary two or three sentences taken from its articles
 * @param firstSeen date of its earliest article
 * @param lastSeen date of its latest article
 * @param articleIds its articles, earliest first
 * @param events its events, each merged across articles
 * @param actors the actors its articles name, most mentioned first
 * @param topics its topics, strongest first
 */
public record Story(
    String id,
    String title,
    String summary,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<String> articleIds,
    List<Event> events,
    List<Actor> actors,
    List<String> topics) {

  public Story {
    Checks.notBlank(id, "story id");
    Checks.notBlank(title, "story title");
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article");
    }
    events = List.copyOf(events);
    actors = List.copyOf(actors);
    topics = List.copyOf(topics);
    if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException("story last seen before first seen");
    }
  }
}
