package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parties a mediator or host served when the text names them only around the mediation or the
 * gathering: "agreed to a ceasefire after talks mediated by Qatar" mediated between those who agreed,
 * "signed a declaration at a ceremony hosted by Trump" hosted those who signed.
 */
final class ThirdParties {

  /** CAMEO 045, mediate, and 043, host a visit: acts of a third party for the parties that meet. */
  static final Set<String> CODES = Set.of("045", "043");

  /**
   * How far up the parse the clause of the parties may be: "a ceremony hosted by" hangs from the
   * infinitive under the participle under the object of the verb whose subjects met there.
   */
  private static final int MAX_HOPS = 5;

  private ThirdParties() {}

  /**
   * The parties of a mediation or hosting at {@code i} that describes a noun ("talks mediated by
   * Qatar", "a ceremony hosted by Trump"): the noun's "between" phrase, else the subjects of the
   * nearest clause above the noun that has any. Empty when the predicate describes no noun or no
   * party is named. A party of the third party's own country is none: a reporter of the talks
   * ("Trump said, crediting talks mediated by Washington") is no side to them.
   */
  static List<Found> parties(Sentence s, int i, List<Found> thirdParty, Arguments args) {
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
      }
    }
    out.removeIf(f -> thirdParty.stream().anyMatch(t -> t.actor().country() != null
        && t.actor().country().equals(f.actor().country())));
    return out;
  }
}
