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

  private ThirdParties() {}

  /**
   * The parties of a mediation or hosting at {@code i} that describes a noun ("talks mediated by
   * Qatar", "a ceremony hosted by Trump"): the noun's "between" phrase, else the subject of the
   * clause the noun belongs to ({@link Subjects#fromClauseAbove}). Empty when the predicate describes
   * no noun or no party is named. A party of the third party's own country is none: a reporter of
   * the talks ("Trump said, crediting talks mediated by Washington") is no side to them.
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
    if (out.isEmpty()) {
      out.addAll(Subjects.fromClauseAbove(s, talks, args)); // "agreed to a ceasefire after talks mediated by Qatar"
    }
    out.removeIf(f -> thirdParty.stream().anyMatch(t -> t.actor().country() != null
        && t.actor().country().equals(f.actor().country())));
    return out;
  }
}
