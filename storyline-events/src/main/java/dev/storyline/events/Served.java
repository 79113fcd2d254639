package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a named actor at a token stands for: itself, or, for an agent with no country of its own
 * ("the spokesman", "leaders"), the name in apposition to it or the country it serves.
 */
final class Served {

  /** Relations by which an agent noun names whom it serves: "leaders of", "spokesman for", "Syria's". */
  private static final Set<String> SERVED_LINKS = Set.of("nmod:of", "nmod:for", "nmod:poss");

  private Served() {}

  /**
   * The actors a token whose mention resolved to {@code named} stands for: the mention's actor, or an
   * agent of the country its complement, owner or place names, one for each conjoined country.
   */
  static List<Found> resolve(Arguments args, int token, Found named) {
    List<Found> out = new ArrayList<>();
    Actor direct = named.actor();
    boolean homeless = direct.kind() == ActorKind.AGENT && direct.country() == null;
    Found holder = homeless ? apposedName(args, token) : null;
    if (holder != null) { // "The European Commission President Ursula von der Leyen": the name says who
      out.add(holder);
      return out;
    }
    Found whose = homeless ? complement(args, token) : null;
    whose = homeless && whose == null ? compoundOwner(args, token) : whose;
    if (whose != null && whose.actor().country() == null) {
      // "European Union foreign ministers": an international body's agents act as the body.
      out.add(new Found(whose.actor(), named.how() + " of " + whose.how(), token, Found.Via.NAMED));
      return out;
    }
    whose = homeless && whose == null ? AgentHomes.home(args, token, AgentHomes.MAX_PLACE_DEPTH) : whose;
    out.addAll(Conjoined.nationals(args, token, direct));
    out.add(whose == null ? named
        : new Found(ofCountry(direct, whose.actor()), named.how() + " of " + whose.how(), token, Found.Via.NAMED));
    if (whose != null) {
      for (Found other : Conjoined.complements(args, whose.token())) { // "the leaders of France and Germany"
        // At the country's own word: "delegations from Armenia and Azerbaijan" are two parties, not one acting on itself.
        out.add(new Found(ofCountry(direct, other.actor()), named.how() + " of " + other.how(), other.token(), Found.Via.NAMED));
      }
    }
    return out;
  }

  /** The actor of a name in apposition to the token ("counterpart Sergei Lavrov"), or null. */
  static Found apposedName(Arguments args, int token) {
    for (Dependency d : args.sentence().children(token)) {
      boolean apposed = d.relation().equals("appos") || d.relation().equals("dep");
      Actor name = apposed ? args.mentionActor(d.dependent()) : null;
      if (name != null) {
        return new Found(name, "appos '" + args.mentionText(d.dependent()) + "'", d.dependent(), Found.Via.NAMED);
      }
    }
    return null;
  }

  /**
   * The actor an agent noun belongs to through its "of" or "for" complement or its owner: "leaders of
   * Egypt's Muslim Brotherhood", "a spokesman for the Kremlin", "Syria's new leader" (the resolver
   * joins an owner only when nothing stands between). Null when none names an actor with a country.
   */
  private static Found complement(Arguments args, int token) {
    Sentence sentence = args.sentence();
    for (Dependency d : sentence.children(token)) {
      if (SERVED_LINKS.contains(d.relation())) {
        for (Found f : args.at(d.dependent())) {
          if (f.actor().country() != null && f.actor().kind() != ActorKind.PERSON) {
            return f;
          }
        }
      }
    }
    return null;
  }

  /**
   * The actor a name written before an agent noun makes it the agent of: "Baloch Liberation Army
   * militants", "the Trump administration" (a person's agents serve the person's country), "European
   * Union foreign ministers". Null when no such name has a country or is an international body.
   */
  private static Found compoundOwner(Arguments args, int token) {
    for (Dependency d : args.sentence().children(token)) {
      Actor owner = d.relation().equals("compound") ? args.mentionActor(d.dependent()) : null;
      boolean body = owner != null && owner.country() == null && owner.kind() == ActorKind.ORGANIZATION;
      if (owner != null && (owner.country() != null || body)) {
        return new Found(owner, "compound '" + args.mentionText(d.dependent()) + "'", d.dependent(), Found.Via.NAMED);
      }
    }
    return null;
  }

  /** An agent of an actor's country: the agent's sector, the owner's country. */
  static Actor ofCountry(Actor agent, Actor owner) {
    String role = agent.role() != null ? agent.role() : owner.role();
    return new Actor(agent.name() + " of " + owner.name(), owner.country(), role,
        Actor.code(owner.country(), role), ActorKind.AGENT);
  }
}
