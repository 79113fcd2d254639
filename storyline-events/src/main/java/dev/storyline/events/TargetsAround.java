package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Targets a predicate takes from around it when its own phrases name none: the subject of a reported
 * clause, whom a threat or a conditional offer binds, the topic of a comment, the parties a mediator
 * or host served.
 */
final class TargetsAround {

  /**
   * Roots whose target may be the subject of a reported clause: appeals, demands and disapproval
   * ("requested that the European Union extend", "demanded that Israel withdraw", "accused ... that
   * Russia had ...") are aimed at whoever the clause is about.
   */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11");

  private TargetsAround() {}

  /**
   * Adds to {@code targets} what the clause around the predicate at {@code i}, matched to {@code p},
   * names when they hold none; a conditional offer's targets are replaced by whom the condition binds.
   */
  static void fill(Sentence s, int i, Pattern p, Arguments args, List<Found> sources, List<Found> targets) {
    if (targets.isEmpty() && CLAUSE_TARGET_ROOTS.contains(Roots.of(p.code()))) {
      // "Iran alleged that Israel had ...": the accused is the subject of the reported clause.
      for (Dependency d : s.children(i)) {
        if (d.relation().equals("ccomp")) {
          for (Dependency g : s.children(d.dependent())) {
            if (g.relation().equals("nsubj") || g.relation().equals("nsubj:pass")) {
              String clause = s.tokens().get(d.dependent()).word();
              args.at(g.dependent()).forEach(f -> targets.add(f.noted("subject of '" + clause + "'")));
            }
          }
        }
      }
    }
    if (targets.isEmpty() && Threats.ROOTS.contains(Roots.of(p.code()))) {
      targets.addAll(Threats.aimedAt(s, i, args)); // "threatened to close the strait if the United States attacked"
    }
    if (Intents.ROOT.equals(Roots.of(p.code())) && targets.stream().allMatch(f -> f.actor().country() == null)) {
      // "ready to hand over the hostages if Israel withdrew": a conditional offer is made to whom the condition binds.
      List<Found> bound = Threats.conditionedOn(s, i, args);
      if (!bound.isEmpty()) {
        targets.clear();
        targets.addAll(bound);
      }
    }
    if (targets.isEmpty() && Statements.COMMENT_ROOTS.contains(Roots.of(p.code()))) {
      targets.addAll(Statements.topic(s, i, p, args));
    }
    if (targets.isEmpty() && ThirdParties.CODES.contains(p.code())) {
      targets.addAll(ThirdParties.parties(s, i, sources, args)); // "agreed to a ceasefire after talks mediated by Qatar"
    }
  }
}
