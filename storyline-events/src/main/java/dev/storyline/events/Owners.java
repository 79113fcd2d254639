package dev.storyline.events;

import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who owns or did what a noun names, when the noun is a predicate's target but no actor: "condemned
 * North Korea's launch", "condemned joint drills by South Korea". The CAMEO codebook codes such an
 * act against whoever did the thing acted on.
 */
final class Owners {

  /** Relations that name who owns or did what a noun names. */
  private static final Set<String> OWNER_LINKS = Set.of("nmod:poss", "nmod:agent", "nmod:by");

  /** Relations by which the parser hangs a "by" phrase that cannot be an active verb's own agent. */
  private static final Set<String> VERB_BY_LINKS = Set.of("obl:by", "obl:agent");

  /**
   * Roots whose target may be the place an act happened in: demands and disapproval ("condemned the
   * coup in Niger" is aimed at Niger).
   */
  private static final Set<String> PLACE_ROOTS = Set.of("10", "11");

  private Owners() {}

  /**
   * The actors the noun at {@code noun} names, or else those who own or did what it names (see
   * {@link #of}): "sanctions on Russia", "an inquiry into crimes committed by X".
   */
  static List<Found> behind(Sentence s, int noun, int verb, Pattern p, Arguments args) {
    List<Found> named = args.at(noun);
    return named.isEmpty() ? of(s, noun, verb, p, args) : named;
  }

  /**
   * The actors who own or did what the noun at {@code noun} names, in this order: its owner or "by"
   * agent; the "by" agent of a past participle describing it ("crimes committed by government
   * forces"); the "by" phrase of its active verb at {@code verb} (-1 for none), which the parser hangs
   * on the verb though an active verb's subject is its agent; for demands and disapproval the country
   * it happened in. Empty when none names one. (Not its "of" phrase: "the participation of European
   * observers" is theirs, but taking such phrases cost PETR-2 held-out precision.)
   */
  static List<Found> of(Sentence s, int noun, int verb, Pattern p, Arguments args) {
    List<Found> out = new ArrayList<>();
    for (Dependency g : s.children(noun)) {
      if (OWNER_LINKS.contains(g.relation())) {
        out.addAll(args.at(g.dependent()));
      }
    }
    for (Dependency g : out.isEmpty() ? s.children(noun) : List.<Dependency>of()) {
      if (g.baseRelation().equals("acl") && s.tokens().get(g.dependent()).pos().equals("VBN")) {
        for (Dependency a : s.children(g.dependent())) { // "crimes committed by government forces"
          if (VERB_BY_LINKS.contains(a.relation())) {
            args.at(a.dependent()).forEach(f -> out.add(f.noted("agent of '" + s.tokens().get(g.dependent()).word() + "'")));
          }
        }
      }
    }
    if (out.isEmpty() && verb >= 0) {
      for (Dependency g : s.children(verb)) {
        if (VERB_BY_LINKS.contains(g.relation())) {
          // "condemned joint drills by South Korea and the United States"
          args.at(g.dependent()).forEach(f -> out.add(f.noted("agent of '" + s.tokens().get(noun).word() + "'")));
        }
      }
    }
    if (out.isEmpty() && PLACE_ROOTS.contains(Roots.of(p.code()))) {
      for (Dependency g : s.children(noun)) {
        if (g.relation().equals("nmod:in")) {
          args.at(g.dependent()).stream().filter(f -> f.actor().kind() == ActorKind.COUNTRY).forEach(out::add);
        }
      }
    }
    return out;
  }
}
