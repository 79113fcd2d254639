package dev.storyline.events;

import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.List;
import java.util.Set;

/**
 * The fall-back when the parse leaves a predicate without a subject: the actor named nearest before
 * it, within its clause, the way shallow coders (TABARI, KEDS) read news sentences. The parser's worst
 * slips are in the long, clause-heavy sentences news is made of, and a misattached verb would
 * otherwise code nothing ("Israel announced it would free ..." parses with "free" as root).
 */
final class Shallow {

  /**
   * How far before the predicate, in tokens, its subject may stand. News clauses run to about a dozen
   * tokens between a subject and its verb ("Israel announced on Sunday it would free"); further than
   * that the nearest actor usually belongs to another clause.
   */
  static final int MAX_DISTANCE = 12;

  /** Tokens that close a clause: an actor beyond one is not the predicate's. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "--", "(", ")", "``", "''", "\"");

  private Shallow() {}

  /**
   * The actor named nearest before a finite predicate in its clause, or null. Participles without an
   * auxiliary ("exiled dissidents", "killing eight people") describe or extend another clause and
   * take no subject of their own.
   */
  static Found before(Sentence s, int predicate, Arguments args) {
    String tag = s.tokens().get(predicate).pos();
    boolean participle = tag.equals("VBN") || tag.equals("VBG");
    if (participle && s.children(predicate).stream().noneMatch(d -> d.relation().startsWith("aux"))) {
      return null;
    }
    List<Token> tokens = s.tokens();
    for (int i = predicate - 1; i >= 0 && predicate - i <= MAX_DISTANCE; i--) {
      if (CLAUSE_ENDS.contains(tokens.get(i).word())) {
        return null;
      }
      Found f = args.named(i);
      if (f != null) {
        return new Found(f.actor(), f.how() + " (nearest before the predicate)", i, Found.Via.NEAREST);
      }
    }
    return null;
  }
}
