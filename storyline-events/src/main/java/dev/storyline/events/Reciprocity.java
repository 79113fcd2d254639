package dev.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Predicates whose participants act on each other: "France, Germany and Italy met" is three actors
 * meeting each of the others, so with several subjects and no object each subject is the source of
 * one event towards every other subject.
 */
final class Reciprocity {

  /**
   * Lemmas that denote a mutual action when their subject is plural and they have no object: verbs of
   * meeting, talking, agreeing, fighting, and the nouns of such events ("held talks", "signed a deal").
   * Chosen from the CAMEO codebook's consult (04), diplomatic cooperation (05), material cooperation
   * (06) and fight (19) families, where the codebook's examples code both sides.
   */
  static final Set<String> LEMMAS = Set.of(
      "meet", "talk", "negotiate", "discuss", "confer", "consult", "agree", "reconcile", "cooperate",
      "collaborate", "ally", "clash", "fight", "battle", "skirmish", "spar", "trade", "exchange",
      "meeting", "summit", "negotiation", "agreement", "deal", "treaty", "accord", "pact", "truce",
      "ceasefire", "fighting", "firefight", "gunfight", "cooperation", "tie", "relation", "memorandum",
      "declaration", "protocol", "communique");

  /** At most this many subjects are paired: n subjects make n(n-1) events, and lists longer than six are rolls, not parties. */
  static final int MAX_PARTIES = 6;

  private Reciprocity() {}

  /** Whether a predicate, with the object its pattern requires ("*" for none), is mutual. */
  static boolean mutual(String lemma, String patternObject) {
    return LEMMAS.contains(lemma) || LEMMAS.contains(patternObject);
  }

  /**
   * Whether a code is material cooperation (06) or the intent of it (031x): "China and Russia held joint
   * drills", "will cooperate in energy" are shared, whatever the verb.
   */
  static boolean cooperative(String code) {
    return Roots.of(code).equals("06") || code.startsWith("031");
  }

  /**
   * The pairs of a mutual predicate's subjects when it has no target but agents of no country: in
   * "Vietnam and the Philippines signed a memorandum on coast guard cooperation" the coast guards are
   * what the memorandum is about, the two countries its parties. Empty when the predicate is not
   * mutual or has a target with a country.
   */
  static List<Found[]> among(String lemma, Pattern p, List<Found> sources, List<Found> targets) {
    boolean open = targets.stream().allMatch(f -> AgentTargets.stateless(f.actor()));
    boolean shared = mutual(lemma, p.object()) || cooperative(p.code());
    return open && shared && (targets.isEmpty() || sources.size() >= 2) ? pairs(sources) : List.of();
  }

  /** Every ordered pair of distinct actors among the subjects, or none when there are fewer than two or too many. */
  static List<Found[]> pairs(List<Found> subjects) {
    List<Found> distinct = new ArrayList<>();
    for (Found f : subjects) {
      if (distinct.stream().noneMatch(d -> d.actor().code().equals(f.actor().code()))) {
        distinct.add(f);
      }
    }
    List<Found[]> out = new ArrayList<>();
    if (distinct.size() < 2 || distinct.size() > MAX_PARTIES) {
      return out;
    }
    for (Found a : distinct) {
      for (Found b : distinct) {
        if (a != b) {
          out.add(new Found[] {a, b});
        }
      }
    }
    return out;
  }
}
