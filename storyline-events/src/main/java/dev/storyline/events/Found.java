package dev.storyline.events;

import dev.storyline.model.Actor;
import java.util.Objects;

/**
 * An actor found for a role of a predicate, with how it was found.
 *
 * @param actor the actor
 * @param how the explanation shown to the analyst ("mention 'Seoul' (subject of 'said')")
 * @param token the token of the sentence it was found at
 * @param via the kind of evidence, which sets how far the event is trusted
 */
record Found(Actor actor, String how, int token, Via via) {

  /** The kinds of evidence that tie an actor to a role, from the strongest. */
  enum Via {
    /** A name or a modifier of the word in the role ("Chinese troops", "Seoul's ministry"). */
    NAMED,
    /** A place whose country the event acted on. */
    PLACE,
    /** A pronoun resolved to the last person named. */
    PRONOUN,
    /** "The two leaders": the article's two leading office holders. */
    LEADING_PAIR,
    /** The subject of a clause above the predicate, which had none of its own. */
    CLAUSE_ABOVE,
    /** The actor named nearest the predicate, where the parse gave it none. */
    NEAREST
  }

  Found {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(how, "how");
    Objects.requireNonNull(via, "via");
  }

  /** This finding with a note on how it was reached added to its explanation: "(subject of 'said')". */
  Found noted(String note) {
    return new Found(actor, how + " (" + note + ")", token, via);
  }

  /** This actor, taken as the subject of the clause above whose predicate is {@code word}. */
  Found fromClauseAbove(String word) {
    return new Found(actor, how + " (subject of '" + word + "')", token, Via.CLAUSE_ABOVE);
  }
}
