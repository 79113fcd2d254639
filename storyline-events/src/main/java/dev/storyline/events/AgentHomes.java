package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Place;
import dev.storyline.model.Sentence;
import java.util.Set;

/**
 * The country an agent without one is from, read off the place its phrases name: "the mayor of
 * Istanbul", "migrants from Niger", "the junta in Niger".
 */
final class AgentHomes {

  /** Prepositions by which an agent noun names where it is from or where it is. */
  private static final Set<String> PLACE_LINKS = Set.of("nmod:of", "nmod:in", "nmod:from");

  /**
   * How many phrases deep an agent's place may lie: "students from a school in Kaduna" is two. Deeper
   * phrases describe something else than the agent's home.
   */
  static final int MAX_PLACE_DEPTH = 2;

  /**
   * Agents whose "in" phrase names the country they are posted to, not their own: "the ambassador in
   * Moscow" is a foreign envoy.
   */
  private static final Set<String> POSTED = Set.of("ambassador", "envoy", "embassy", "diplomat", "consul",
      "consulate", "delegation", "mission", "correspondent", "attache");

  /** Relations by which a place noun's owner or adjective says the country it is in. */
  private static final Set<String> PLACE_MODIFIERS = Set.of("nmod:poss", "amod", "compound");

  private AgentHomes() {}

  /**
   * The place, as an actor of its country, that the "of", "in" or "from" phrase of the agent noun at
   * {@code token} names, looking at most {@code depth} phrases deep; null when no phrase names a place
   * of known country.
   */
  static Found home(Arguments args, int token, int depth) {
    Sentence sentence = args.sentence();
    boolean posted = POSTED.contains(sentence.tokens().get(token).lemma());
    for (Dependency d : sentence.children(token)) {
      if (!PLACE_LINKS.contains(d.relation()) || posted && d.relation().equals("nmod:in")) {
        continue;
      }
      Found found = placed(args, d.dependent());
      if (found == null && depth > 1) {
        found = home(args, d.dependent(), depth - 1);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The place the word at {@code token} names, as an actor of the country it, its owner or its adjective is in; or null. */
  private static Found placed(Arguments args, int token) {
    // "in Nigeria's Kaduna state", "the Sudanese city"
    Place p = args.places().around(args.sentence(), token, args.mentions(), PLACE_MODIFIERS);
    String country = p == null ? null : p.country();
    if (country == null) {
      return null;
    }
    String text = args.mentionText(token);
    Actor place = new Actor(text, country, null, country, ActorKind.COUNTRY);
    return new Found(place, "place '" + text + "'", token, Found.Via.NAMED);
  }
}
