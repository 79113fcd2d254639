package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a threat is aimed at when the threat verb names nobody: "threatened to impose tariffs on
 * imports from the European Union", "warned that Pyongyang would use nuclear weapons if South Korea
 * attacked it". The CAMEO codebook codes a threat (13) against the actor it would hurt, or, when the
 * threatened act hurts no named actor, against the one whose conduct it is made conditional on.
 */
final class Threats {

  /** Threaten (13): the root whose verbs carry what they threaten in an open or reported clause. */
  static final Set<String> ROOTS = Set.of("13");

  /** Relations by which the threatened act hangs from the threat verb: "threatened to close", "warned that ...". */
  private static final Set<String> THREATENED = Set.of("xcomp", "ccomp");

  /** Subordinators of the clause a threat is made conditional on: "if", "unless". */
  private static final Set<String> CONDITIONAL = Set.of("if", "unless");

  /**
   * How many prepositional phrases deep the threatened act's object may name whom it hurts: "impose
   * tariffs (1) on imports (2) from the European Union (3)"; one more reads past the act into its setting.
   */
  static final int MAX_DEPTH = 3;

  private Threats() {}

  /**
   * The actors the threat at {@code i} is aimed at: those it or its threatened act (its open or reported
   * clause) acts on, through their objects and target phrases; failing those, the subject of the
   * condition clause on either. Empty when neither names an actor.
   */
  static List<Found> aimedAt(Sentence s, int i, Arguments args) {
    List<Found> out = new ArrayList<>();
    List<Integer> acts = acts(s, i);
    for (int act : acts) {
      for (Dependency d : s.children(act)) {
        if (d.relation().equals("obj") || Frame.isPrepPhrase(d.relation()) && Roles.TARGET_PREPS.contains(d.subtype())) {
          out.addAll(hurt(s, d.dependent(), args, 1));
        }
      }
    }
    return out.isEmpty() ? conditionedOn(s, i, args) : out;
  }

  /**
   * The actors whose conduct the act at {@code i}, or the act its open or reported clause states, is
   * made conditional on: the subjects of an "if" or "unless" clause on either ("ready to hand over
   * the hostages if Israel withdrew its forces"); empty when there is no such clause naming an actor.
   */
  static List<Found> conditionedOn(Sentence s, int i, Arguments args) {
    List<Found> out = new ArrayList<>();
    for (int act : acts(s, i)) {
      for (Dependency d : s.children(act)) {
        if (d.baseRelation().equals("advcl") && CONDITIONAL.contains(d.subtype().isEmpty() ? mark(s, d.dependent()) : d.subtype())) {
          for (Dependency g : s.children(d.dependent())) {
            if (g.relation().equals("nsubj") || g.relation().equals("nsubj:pass")) {
              String clause = s.tokens().get(d.dependent()).word();
              args.at(g.dependent()).forEach(f -> out.add(f.noted("subject of the condition '" + clause + "'")));
            }
          }
        }
      }
    }
    return out;
  }

  /** The predicate at {@code i} and the acts its open or reported clauses state. */
  private static List<Integer> acts(Sentence s, int i) {
    List<Integer> acts = new ArrayList<>(List.of(i)); // "will impose tariffs on imports from X" is itself the threatened act
    for (Dependency d : s.children(i)) {
      if (THREATENED.contains(d.relation())) {
        acts.add(d.dependent());
      }
    }
    return acts;
  }

  /** The actors a noun of the threatened act names, or those its target phrases name, {@code depth} phrases down. */
  private static List<Found> hurt(Sentence s, int noun, Arguments args, int depth) {
    List<Found> named = args.at(noun);
    if (!named.isEmpty() || depth >= MAX_DEPTH) {
      return named;
    }
    List<Found> out = new ArrayList<>();
    for (Dependency g : s.children(noun)) {
      if (Frame.isPrepPhrase(g.relation()) && Roles.TARGET_PREPS.contains(g.subtype())) {
        out.addAll(hurt(s, g.dependent(), args, depth + 1));
      }
    }
    return out;
  }

  /** The subordinator marking a clause, lower-cased; empty when it has none. */
  private static String mark(Sentence s, int clause) {
    for (Dependency d : s.children(clause)) {
      if (d.relation().equals("mark")) {
        return s.tokens().get(d.dependent()).lemma();
      }
    }
    return "";
  }
}
