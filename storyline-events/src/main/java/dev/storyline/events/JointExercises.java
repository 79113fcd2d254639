package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.Set;

/**
 * Military exercises held together: "Chinese and Russian warships began joint naval drills" is
 * military cooperation between the two (CAMEO 062), not a show of force by each (150).
 */
final class JointExercises {

  /** CAMEO 150, demonstrate military power: what the lexicon gives an exercise or drill. */
  static final String SHOW_OF_FORCE = "150";

  /** CAMEO 062, cooperate militarily; the codebook's own example is a joint exercise. */
  static final String COOPERATE_MILITARILY = "062";

  /** Modifiers that make an exercise a shared one. */
  private static final Set<String> TOGETHER = Set.of("joint", "combined", "bilateral", "trilateral", "multinational");

  private JointExercises() {}

  /** The pattern with 062 for a show of force whose exercise noun is called joint; else the pattern as it is. */
  static Pattern of(Sentence s, Token predicate, Pattern p) {
    if (p == null || !p.code().equals(SHOW_OF_FORCE)) {
      return p;
    }
    boolean joint = sharedNoun(s, predicate.index());
    for (Dependency d : s.children(predicate.index())) {
      joint |= d.relation().equals("obj") && sharedNoun(s, d.dependent());
    }
    return joint ? p.withCode(p.kind(), COOPERATE_MILITARILY) : p;
  }

  private static boolean sharedNoun(Sentence s, int noun) {
    return s.tokens().get(noun).isNoun() && s.children(noun).stream()
        .anyMatch(d -> d.relation().equals("amod") && TOGETHER.contains(s.tokens().get(d.dependent()).lemma()));
  }
}
