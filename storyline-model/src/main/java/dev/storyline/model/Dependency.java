package dev.storyline.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relations).
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation, such as {@code nsubj}, {@code obj} or {@code obl:with}
 */
public record Dependency(int governor, int dependent, String relation) {

  public Dependency {
    if (governor < -1) {
      throw new IllegalArgumentException("governor must be -1 or a token index: " + governor);
    }
    Checks.notNegative(dependent, "dependent");
    Checks.notBlank(relation, "relation");
  }

  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The relation's subtype, for a prepositional relation its preposition: {@code with} for {@code obl:with}; empty when none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
