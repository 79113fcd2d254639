package dev.storyline.events;

import dev.storyline.enrich.kb.Country;
import dev.storyline.enrich.kb.Entry;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Place;
import dev.storyline.model.Sentence;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Countries that places stand for. Force postures, coercion and violence act on territory, so
 * "rebels shelled Homs" is aimed at Syria; and actors named without a country ("police",
 * "protesters") belong to the country where the sentence places them.
 */
final class Territory {

  /**
   * CAMEO roots whose events act on a territory (codebook: 15 exhibit force posture, 17 coerce,
   * 18 assault, 19 fight, 20 mass violence): a place they are aimed at or happen in is their target.
   */
  static final Set<String> TERRITORIAL_ROOTS = Set.of("15", "17", "18", "19", "20");

  /** CAMEO root 04, consult: a visit or meeting abroad is with the country it takes place in. */
  static final String TRAVEL_ROOT = "04";

  /**
   * Verbs of going to or attending something somewhere: with no actor as target, the country of the
   * place gone to is the one visited ("attended a summit in Geneva", "arrived in Tokyo").
   */
  static final Set<String> TRAVEL_VERBS = Set.of("attend", "visit", "tour", "travel", "fly", "arrive", "head", "land", "go");

  /**
   * CAMEO root 08, yield: easing restrictions in a place or pulling forces out of it ("lifted the
   * curfew in Dhaka", "withdrew from the town") yields to the country the place is in.
   */
  static final String YIELD_ROOT = "08";

  /** CAMEO root 14, protest: dissent with no addressee named is aimed at the country it is voiced in. */
  static final String PROTEST_ROOT = "14";

  /** Prepositions that put an action on or in a territory. */
  private static final Set<String> PLACE_PREPS = Set.of("in", "at", "on", "near", "outside", "off", "into", "across", "over");

  /**
   * Prepositions that name the territory a yielding act leaves as well: "withdrew from the town". Not
   * for force, where "from" is whence a blow came ("fired rockets from Gaza").
   */
  private static final Set<String> LEFT_PREPS =
      Stream.concat(PLACE_PREPS.stream(), Stream.of("from")).collect(Collectors.toUnmodifiableSet());

  /**
   * How deep below the predicate a place may sit: object, its modifier, the modifier's name ("a
   * district of the city of Aleppo" is three steps). Deeper phrases describe something else.
   */
  static final int MAX_DEPTH = 3;

  private final KnowledgeBase kb;

  Territory(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The country of the place a predicate acts on: a place its object names or a place in one of its
   * locative phrases, nearest first; null when there is none or the place spans countries. A
   * {@code leaving} predicate (a yield) counts the place it leaves too. When pattern {@code p} names
   * the predicate's object ("launched a drone attack on a refinery in Russia's Saratov region"), that
   * noun is the act itself, so the search starts again from it, as deep as from a verb.
   */
  Found target(Sentence s, int predicate, Pattern p, List<EntityMention> mentions, boolean leaving) {
    Found found = target(s, predicate, mentions, leaving);
    for (Dependency d : s.children(predicate)) {
      String lemma = s.tokens().get(d.dependent()).lemma();
      boolean act = d.relation().equals("obj") && p.names(lemma);
      if (found == null && act) {
        found = target(s, d.dependent(), mentions, leaving);
      }
    }
    return found;
  }

  private Found target(Sentence s, int predicate, List<EntityMention> mentions, boolean leaving) {
    Set<String> preps = leaving ? LEFT_PREPS : PLACE_PREPS;
    for (int depth = 1; depth <= MAX_DEPTH; depth++) {
      Found a = search(s, predicate, depth, mentions, preps);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private Found search(Sentence s, int token, int depth, List<EntityMention> mentions, Set<String> preps) {
    for (Dependency d : s.children(token)) {
      String rel = d.relation();
      boolean locative = Frame.isPrepPhrase(rel) && preps.contains(d.subtype());
      boolean along = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("nmod:of") || rel.equals("nmod:poss")
          || rel.equals("appos") || rel.equals("compound");
      if (!locative && !along) {
        continue;
      }
      if (depth == 1) {
        Actor a = country(d.dependent(), mentions);
        if (a != null) {
          return new Found(a, "place '" + s.tokens().get(d.dependent()).word() + "' -> " + a.name(), d.dependent(),
              Found.Via.PLACE);
        }
      } else {
        Found a = search(s, d.dependent(), depth - 1, mentions, preps);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The country a token names as a country, capital or other place, or null. */
  private Actor country(int token, List<EntityMention> mentions) {
    for (EntityMention m : mentions) {
      if (!m.covers(token)) {
        continue;
      }
      if (m.actor() != null) {
        return m.actor().kind() == ActorKind.COUNTRY ? m.actor() : null;
      }
      if (m.type().equals("LOCATION")) {
        for (Entry e : kb.lookup(m.text())) {
          if (e.place() != null && e.place().country() != null) {
            return countryActor(e.place().country());
          }
        }
      }
    }
    return null;
  }

  /**
   * The country a protest without an addressee is aimed at: the one it took place in ("thousands
   * marched in Madrid against corruption" is a protest to Spain); null for a place of no known country.
   */
  Found protested(Place where, int predicate) {
    if (where == null || where.country() == null) {
      return null;
    }
    Actor a = countryActor(where.country());
    return new Found(a, "place of the protest '" + where.name() + "' -> " + a.name(), predicate, Found.Via.PLACE);
  }

  private Actor countryActor(String iso3) {
    String name = kb.country(iso3).map(Country::name).orElse(iso3);
    return new Actor(name, iso3, null, iso3, ActorKind.COUNTRY);
  }

  /**
   * An actor named without a country ("police") given the country of the place the event happened,
   * or of the territory it acted on when no place is known; any other actor unchanged.
   */
  static Actor localised(Actor a, Place where, Actor territory) {
    if (a == null || a.country() != null || a.kind() != ActorKind.AGENT || a.role() == null) {
      return a;
    }
    String country = where != null && where.country() != null ? where.country()
        : territory != null ? territory.country() : null;
    return country == null ? a : new Actor(a.name(), country, a.role(), Actor.code(country, a.role()), a.kind());
  }
}
