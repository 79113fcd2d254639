package dev.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A coded event: who did what to whom, where and when, with every sentence that reports it.
 *
 * @param id stable identifier
 * @param date when it happened (or was reported, when the text gives no date)
 * @param source the actor that acted
 * @param target the actor acted upon, or null when the event has none
 * @param cameo CAMEO event code as GDELT writes it ("042")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein scale value, -10..10
 * @param location where it happened, or null
 * @param mentions the sentences reporting it, at least one
 * @param confidence 0..1, how sure the coder is
 * @param why the pattern that fired and how actors were found, for the analyst
 */
public record Event(
    String id,
    LocalDate date,
    Actor source,
    Actor target,
    String cameo,
    int quadClass,
    double goldstein,
    Place location,
    List<EventMention> mentions,
    double confidence,
    String why) {

  public Event {
    Checks.notBlank(id, "event id");
    Objects.requireNonNull(source, "source actor");
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + cameo);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein must lie in -10..10: " + goldstein);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must lie in 0..1: " + confidence);
    }
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention");
    }
  }

  /** The CAMEO root code: the first two digits. */
  public String rootCode() {
    return cameo.substring(0, 2);
  }

  /** The distinct articles that report this event. */
  public long articleCount() {
    return mentions.stream().map(EventMention::articleId).distinct().count();
  }
}
