package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.Set;

/**
 * Predicates a speaker denies: "the Kremlin denied that its forces had targeted civilians", "Seoul
 * rejected claims that its navy fired first". What the sentence denies is not reported as having
 * happened, so it is no event.
 */
final class Denials {

  /** How many clause links up a predicate looks for a denial: the clause, its claim noun, a conjunct. */
  static final int MAX_HOPS = 3;

  private static final Set<String> DENYING = Set.of("deny", "refute", "dismiss", "reject", "rebut", "disprove", "dispute");

  /** Nouns for what is said to have happened, whose clause a denial of the noun denies. */
  private static final Set<String> CLAIMS = Set.of("claim", "allegation", "accusation", "charge", "report", "suggestion",
      "rumour", "rumor", "assertion");

  private Denials() {}

  /** Whether the predicate at token {@code i} is in a clause that a verb of denial denies. */
  static boolean denied(Sentence s, int i) {
    int current = i;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.baseRelation();
      String governor = s.tokens().get(up.governor()).lemma();
      boolean clause = rel.equals("ccomp") || rel.equals("acl");
      if (clause && DENYING.contains(governor)) {
        return true; // "denied that X attacked Y"
      }
      if (clause && CLAIMS.contains(governor)) {
        Dependency claim = s.head(up.governor()); // "rejected claims that X attacked Y"
        return claim != null && claim.governor() >= 0 && claim.relation().equals("obj")
            && DENYING.contains(s.tokens().get(claim.governor()).lemma());
      }
      if (!rel.equals("conj")) {
        return false;
      }
      current = up.governor(); // "denied that X attacked Y and killed Z": each conjunct is denied
    }
    return false;
  }
}
