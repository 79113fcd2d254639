package dev.storyline.bench.events;

import dev.storyline.bench.HeldOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sentence of a gold-coded set: a record of the PETR-2 validation file or a line of
 * {@link GoldLines}.
 *
 * @param id the record's id
 * @param category the set's grouping of the record ("AFP", "PASSIVE", ...), "-" when it has none
 * @param date the story's date, or null when the set gives none
 * @param evaluate whether the set marks the record for scoring
 * @param text the sentence; its whitespace is folded here
 * @param gold the events it reports, empty for a record with none ("noevents")
 */
record GoldSentence(String id, String category, LocalDate date, boolean evaluate, String text, List<Coding> gold) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  GoldSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    text = SPACES.matcher(Objects.requireNonNull(text, "text").strip()).replaceAll(" ");
    gold = List.copyOf(gold);
  }

  /**
   * True for the half of the set that tuning never looks at ({@link HeldOut}).
   */
  boolean heldOut() {
    return HeldOut.contains(id);
  }
}
