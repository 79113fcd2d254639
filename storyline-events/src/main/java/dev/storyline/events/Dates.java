package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day an event happened: a date the sentence attaches to the predicate, else the publication date. */
final class Dates {
  private Dates() {}

  static LocalDate of(Sentence s, int predicate, LocalDate published) {
    LocalDate attached = null;
    LocalDate any = null;
    for (Token t : s.tokens()) {
      if (!"DATE".equals(t.ner()) || t.normalized() == null) {
        continue;
      }
      LocalDate d = parse(t.normalized());
      if (d == null) {
        continue;
      }
      Dependency head = s.head(t.index());
      if (head != null && head.governor() == predicate) {
        attached = d;
      } else if (any == null) {
        any = d;
      }
    }
    LocalDate found = attached != null ? attached : any;
    // A date after publication is a plan or a typo, not when a reported event happened.
    if (found != null && published != null && found.isAfter(published)) {
      return published;
    }
    return found != null ? found : published;
  }

  private static LocalDate parse(String normalized) {
    if (!normalized.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return null;
    }
    try {
      return LocalDate.parse(normalized.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
