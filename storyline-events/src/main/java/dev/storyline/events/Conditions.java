package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.Set;

/**
 * Predicates a sentence does not report as done: the condition of another clause ("if Iran attacks
 * Israel, Washington would ..."), an open question ("has not decided whether to host"), or what a
 * verb of appeal asks for in its that-clause ("demanded that Ukraine withdraw its troops").
 */
final class Conditions {

  /**
   * How many clause links up a predicate looks for the clause that makes it a condition or a request:
   * its own clause and a conjunct ("if Iran attacks and kills ...") or an open clause ("unless Kyiv
   * agrees to withdraw") above it.
   */
  static final int MAX_HOPS = 3;

  /** Subordinators whose clause states a condition or a question, not a fact. */
  private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");

  /** Relations through which a predicate shares the mood of the clause it hangs from. */
  private static final Set<String> SAME_CLAUSE = Set.of("conj", "xcomp");

  /**
   * Verbs of demand and appeal whose that-clause is what they ask for: "demanded that Ukraine
   * withdraw", "urged that talks resume". Reporting verbs ("said that", "insisted that") are not among them, nor
   * "suggest", which news uses mostly for evidence ("reports suggest that troops fired").
   */
  private static final Set<String> REQUESTING = Set.of("demand", "urge", "ask", "request", "call", "press",
      "appeal", "propose", "recommend");

  private Conditions() {}

  /** Whether the predicate at token {@code i} is a condition, an open question or a request, not a deed. */
  static boolean unreal(Sentence s, int i) {
    int current = i;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      for (Dependency d : s.children(current)) {
        if (d.relation().equals("mark") && CONDITIONAL.contains(s.tokens().get(d.dependent()).lemma())) {
          return true;
        }
      }
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String governor = s.tokens().get(up.governor()).lemma();
      if (up.baseRelation().equals("ccomp") && REQUESTING.contains(governor) || CONDITIONAL.contains(governor)) {
        return true; // the parser sometimes hangs "whether to host" from "whether" rather than marking it
      }
      if (!SAME_CLAUSE.contains(up.baseRelation())) {
        return false;
      }
      current = up.governor();
    }
    return false;
  }
}
