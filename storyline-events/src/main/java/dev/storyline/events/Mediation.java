package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The parties a mediator served when the text names them only around the mediation: "agreed to a
 * ceasefire after talks mediated by Qatar" mediated between those who agreed.
 */
final class Mediation {

  /** CAMEO 045, mediate. */
  static final String MEDIATE = "045";

  /** How far up the parse the clause of the mediated talks may be ("a night of talks mediated by"). */
  private static final int MAX_HOPS = 4;

  private Mediation() {}

  /**
   * The parties of a mediation at {@code i} that describes a noun ("talks mediated by Qatar"): the
   * noun's "between" phrase, else the subjects of the clause the noun belongs to. Empty when the
   * predicate describes no noun or no party is named.
   */
  static List<Found> parties(Sentence s, int i, Arguments args) {
    int talks = Participles.described(s, i);
    List<Found> out = new ArrayList<>();
    if (talks < 0) {
      return out;
    }
    for (Dependency d : s.children(talks)) {
      if (d.relation().equals("nmod:between")) {
        out.addAll(args.at(d.dependent()));
      }
    }
    int current = talks;
    for (int hop = 0; hop < MAX_HOPS && out.isEmpty(); hop++) {
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0) {
        break;
      }
      current = up.governor();
      if (s.tokens().get(current).isVerb()) {
        for (Dependency d : s.children(current)) {
          if (d.relation().equals("nsubj")) {
            out.addAll(args.at(d.dependent()));
          }
        }
        break;
      }
    }
    return out;
  }
}
