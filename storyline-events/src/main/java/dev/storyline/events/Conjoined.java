package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Agents that one noun names for several countries: "Indian and Chinese soldiers", "Greek and
 * Turkish officials". The name resolver joins the noun to the adjective next to it only, so the
 * other conjoined adjectives are each an agent of the same kind for their own country.
 */
final class Conjoined {

  private Conjoined() {}

  /**
   * The countries conjoined with the one at {@code token} that an agent noun belongs to ("the leaders
   * of France, Germany and Britain", "delegations from Armenia and Azerbaijan"), in sentence order.
   */
  static List<Found> complements(Arguments args, int token) {
    List<Found> out = new ArrayList<>();
    for (Dependency d : args.sentence().children(token)) {
      if (d.baseRelation().equals("conj")) {
        for (Found f : args.at(d.dependent())) {
          if (f.actor().country() != null && f.actor().kind() != ActorKind.PERSON) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /**
   * The agents of the other countries conjoined with the one an agent noun at {@code token} resolved
   * to ({@code agent}), in sentence order; empty when the noun has a single country or is no agent.
   */
  static List<Found> nationals(Arguments args, int token, Actor agent) {
    List<Found> out = new ArrayList<>();
    if (agent.kind() != ActorKind.AGENT || agent.country() == null || agent.role() == null) {
      return out;
    }
    Sentence s = args.sentence();
    for (Dependency d : s.children(token)) {
      Actor country = d.relation().equals("amod") ? args.mentionActor(d.dependent()) : null;
      if (country == null) {
        continue;
      }
      boolean conjoined = s.children(d.dependent()).stream().anyMatch(c -> c.baseRelation().equals("conj"))
          || s.head(d.dependent()) != null && s.head(d.dependent()).baseRelation().equals("conj");
      boolean other = country.country() != null && !country.country().equals(agent.country())
          && country.kind() != ActorKind.PERSON;
      if (conjoined && other) {
        Actor national = new Actor(s.tokens().get(d.dependent()).word() + " " + s.tokens().get(token).word(),
            country.country(), agent.role(), Actor.code(country.country(), agent.role()), ActorKind.AGENT);
        out.add(new Found(national, "amod '" + args.mentionText(d.dependent()) + "' conjoined with the noun's own",
            d.dependent(), Found.Via.NAMED));
      }
    }
    return out;
  }
}
