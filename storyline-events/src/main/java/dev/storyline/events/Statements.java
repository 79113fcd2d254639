package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a comment is about: "expressed concern over China's military activity", "voiced regret about
 * Japan's decision". The CAMEO codebook codes such comments (012 pessimistic, 018 empathetic, ...)
 * with the actor whose conduct they address as target.
 */
final class Statements {

  /** Statements (01): comments that address an actor through what they are about. */
  static final Set<String> COMMENT_ROOTS = Set.of("01");

  /** Prepositions that name what a comment is about. */
  private static final Set<String> TOPIC_PREPS = Set.of("over", "about");

  private Statements() {}

  /**
   * The actors named by, or owning, what the "over" or "about" phrase of the comment at {@code i} (or
   * of its object, "concern") names; empty when the phrase names no actor.
   */
  static List<Found> topic(Sentence s, int i, Pattern p, Arguments args) {
    List<Found> out = new ArrayList<>();
    List<Dependency> phrases = new ArrayList<>(s.children(i));
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("obj")) {
        phrases.addAll(s.children(d.dependent())); // "expressed concern over ...": the phrase may hang on the noun
      }
    }
    for (Dependency d : phrases) {
      if (Frame.isPrepPhrase(d.relation()) && TOPIC_PREPS.contains(d.subtype())) {
        out.addAll(Owners.behind(s, d.dependent(), -1, p, args));
      }
    }
    return out;
  }
}
