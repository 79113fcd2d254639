package dev.storyline.bench.events;

import dev.storyline.bench.HeldOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record of the PETR-2 validation set.
 *
 * @param id the record's id
 * @param category the set's grouping of the record ("AFP", "PASSIVE", ...), "-" when it has none
 * @param date the story's date, or null when the record's date is not YYYYMMDD
 * @param evaluate whether the set marks the record for scoring
 * @param text the sentence, whitespace folded
 * @param gold the events it reports, empty for a record with none ("noevents")
 */
record Petr2Sentence(String id, String category, LocalDate date, boolean evaluate, String text, List<Coding> gold) {

  Petr2Sentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
  }

  /**
   * True for the half of the set that tuning never looks at ({@link HeldOut}).
   */
  boolean heldOut() {
    return HeldOut.contains(id);
  }
}
