package dev.storyline.events;

import dev.storyline.enrich.kb.Entry;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Place;
import dev.storyline.model.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Where an event happened: a place or country in a locative phrase of the predicate, of its arguments,
 * or of the clause above it.
 */
final class Locations {

  private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "outside", "off");

  /** Relations by which a common noun of place names the place or the country it is in. */
  private static final Set<String> PLACE_PARTS = Set.of("nmod:of", "compound", "nmod:poss", "amod");

  private final KnowledgeBase kb;

  Locations(KnowledgeBase kb) {
    this.kb = kb;
  }

  Place of(Sentence s, int predicate, List<EntityMention> mentions) {
    // The predicate's own phrase first, then its arguments' phrases ("summit with Xi in Beijing").
    for (Dependency d : s.children(predicate)) {
      Place p = placeVia(s, d, mentions);
      if (p != null) {
        return p;
      }
    }
    for (Dependency d : s.children(predicate)) {
      for (Dependency g : s.children(d.dependent())) {
        Place p = placeVia(s, g, mentions);
        if (p != null) {
          return p;
        }
      }
    }
    Dependency up = s.head(predicate);
    if (up != null && up.governor() >= 0) {
      for (Dependency d : s.children(up.governor())) {
        Place p = placeVia(s, d, mentions);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The place the noun at {@code token} names or, when it names none of known country, the first
   * place one of its modifiers by {@code parts} names: "in Serbia's northern city of Novi Sad", "in
   * northwestern Nigeria's Zamfara state", "the Sudanese city". Null when neither names a place.
   */
  Place around(Sentence s, int token, List<EntityMention> mentions, Set<String> parts) {
    Place own = placeAt(token, mentions);
    if (own != null && own.country() != null) {
      return own;
    }
    for (Dependency g : s.children(token)) {
      Place p = parts.contains(g.relation()) ? placeAt(g.dependent(), mentions) : null;
      if (p != null && p.country() != null) {
        return p;
      }
    }
    return own;
  }

  private Place placeVia(Sentence s, Dependency d, List<EntityMention> mentions) {
    return PLACE_PREPS.contains(d.subtype()) ? around(s, d.dependent(), mentions, PLACE_PARTS) : null;
  }

  /** The place a mention covering the token names: a known place, or a country or nationality as a whole. */
  private Place placeAt(int token, List<EntityMention> mentions) {
    for (EntityMention m : mentions) {
      if (!m.covers(token)) {
        continue;
      }
      if (m.type().equals("LOCATION")) {
        return place(m.text());
      }
      if (m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
        // "an army base in northern Mali": the country is the place, located no closer than that.
        return new Place(m.actor().name(), m.actor().country(), null, null);
      }
    }
    return null;
  }

  private Place place(String name) {
    for (Entry e : kb.lookup(name)) {
      if (e.place() != null) {
        return e.place();
      }
    }
    return null;
  }
}
