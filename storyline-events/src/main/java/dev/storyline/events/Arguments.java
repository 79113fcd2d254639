package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the actors a token of a parsed sentence stands for, following the parse and the article's context. */
final class Arguments {

  /** Relations through which a modifier names the actor of its head: "Chinese troops", "Seoul's ministry". */
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "appos");

  /** Pronouns that refer back to the last person named. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");

  /** Relative pronouns that stand for the noun just before them ("police, who ...", "Hamas, which ..."). */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

  /** Words that, with "two" or "both", refer to the article's two leading office holders. */
  static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "side", "country", "nation", "government",
      "minister", "official", "diplomat", "envoy", "delegation");

  /**
   * Prepositions by which an agent noun names where it is from or where it is: "the mayor of
   * Istanbul", "migrants from Niger", "the junta in Niger".
   */
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

  private final Sentence sentence;
  private final List<EntityMention> mentions;
  private final Locations places;
  private final Actor lastPerson;
  private final List<Actor> pair;

  Arguments(Sentence sentence, List<EntityMention> mentions, Actor lastPerson, List<Actor> pair, Locations places) {
    this.sentence = sentence;
    this.mentions = mentions;
    this.places = places;
    this.lastPerson = lastPerson;
    this.pair = pair;
  }

  /**
   * The arguments of each sentence of an article, in sentence order: each with the sentence's resolved
   * mentions, the last person named before it (for "he", "she") and the article's leading pair;
   * {@code places} tells the country of a place named.
   */
  static List<Arguments> ofArticle(EnrichedArticle article, Locations places) {
    List<Actor> pair = leadingPair(article.entities());
    Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    for (EntityMention m : article.entities()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Arguments> out = new ArrayList<>();
    Actor lastPerson = null;
    for (Sentence s : article.sentences()) {
      List<EntityMention> ms = bySentence.getOrDefault(s.index(), List.of());
      out.add(new Arguments(s, ms, lastPerson, pair, places));
      for (EntityMention m : ms) {
        if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
          lastPerson = m.actor();
        }
      }
    }
    return out;
  }

  Sentence sentence() {
    return sentence;
  }

  /** The sentence's mentions, in text order. */
  List<EntityMention> mentions() {
    return mentions;
  }

  /**
   * The actors a token stands for: "the two leaders" as the article's leading pair, a resolved mention
   * covering it, a pronoun's or relative pronoun's antecedent, a name in apposition, its modifiers.
   */
  List<Found> at(int token) {
    List<Found> out = new ArrayList<>();
    Token t = sentence.tokens().get(token);
    if (GROUP_NOUNS.contains(t.lemma()) && pair.size() == 2 && quantifiedAsTwo(token)) {
      for (Actor a : pair) {
        out.add(new Found(a, "'" + t.word() + "' -> the article's two leading actors", token, Found.Via.LEADING_PAIR));
      }
      return out;
    }
    Found named = named(token);
    if (named != null) {
      Actor direct = named.actor();
      boolean homeless = direct.kind() == ActorKind.AGENT && direct.country() == null;
      Found whose = homeless ? complement(token) : null;
      whose = homeless && whose == null ? home(token, MAX_PLACE_DEPTH) : whose;
      out.addAll(Conjoined.nationals(this, token, direct));
      out.add(whose == null ? named
          : new Found(ofCountry(direct, whose.actor()), named.how() + " of " + whose.how(), token, Found.Via.NAMED));
      if (whose != null) {
        for (Found other : Conjoined.complements(this, whose.token())) { // "the leaders of France and Germany"
          out.add(new Found(ofCountry(direct, other.actor()), named.how() + " of " + other.how(), token, Found.Via.NAMED));
        }
      }
      return out;
    }
    if (t.pos().startsWith("PRP") && PERSONAL.contains(t.lemma()) && lastPerson != null) {
      out.add(new Found(lastPerson, "pronoun '" + t.word() + "' -> last person named", token, Found.Via.PRONOUN));
      return out;
    }
    int antecedent = RELATIVE_PRONOUNS.contains(t.lemma()) && t.pos().startsWith("W") ? antecedent(token) : -1;
    if (antecedent >= 0) { // "police, who responded": the parse does not always link the relative clause
      for (Found f : at(antecedent)) {
        out.add(new Found(f.actor(), f.how() + " (antecedent of '" + t.word() + "')", f.token(), f.via()));
      }
      return out;
    }
    for (Dependency d : sentence.children(token)) {
      boolean apposed = d.relation().equals("appos") || d.relation().equals("dep");
      Actor name = apposed ? mentionActor(d.dependent()) : null;
      if (name != null) { // "his Russian counterpart Sergei Lavrov": the name says more than the adjective
        out.add(new Found(name, "appos '" + mentionText(d.dependent()) + "'", d.dependent(), Found.Via.NAMED));
        return out;
      }
    }
    for (Dependency d : sentence.children(token)) {
      if (MODIFIERS.contains(d.relation())) {
        Actor a = mentionActor(d.dependent());
        if (a != null && a.kind() != ActorKind.PERSON) {
          out.add(new Found(a, d.relation() + " '" + mentionText(d.dependent()) + "'", d.dependent(), Found.Via.NAMED));
          return out;
        }
      }
    }
    return out;
  }

  /**
   * The actor an agent noun belongs to through its "of" complement or its owner: "leaders of Egypt's
   * Muslim Brotherhood", "Syria's new leader" (the resolver joins an owner only when nothing stands
   * between). Null when none names an actor with a country.
   */
  private Found complement(int token) {
    for (Dependency d : sentence.children(token)) {
      if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) {
        for (Found f : at(d.dependent())) {
          if (f.actor().country() != null && f.actor().kind() != ActorKind.PERSON) {
            return f;
          }
        }
      }
    }
    return null;
  }

  /**
   * The place, as an actor of its country, that the "of", "in" or "from" phrase of the agent noun at
   * {@code token} names, looking at most {@code depth} phrases deep; null when no phrase names a place
   * of known country.
   */
  private Found home(int token, int depth) {
    boolean posted = POSTED.contains(sentence.tokens().get(token).lemma());
    for (Dependency d : sentence.children(token)) {
      if (!PLACE_LINKS.contains(d.relation()) || posted && d.relation().equals("nmod:in")) {
        continue;
      }
      Found found = placed(d.dependent());
      if (found == null && depth > 1) {
        found = home(d.dependent(), depth - 1);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The place the word at {@code token} names, as an actor of the country it, its owner or its adjective is in; or null. */
  private Found placed(int token) {
    String country = places.countryAt(token, mentions);
    for (Dependency d : sentence.children(token)) {
      if (country == null && (d.relation().equals("nmod:poss") || d.relation().equals("amod") || d.relation().equals("compound"))) {
        country = places.countryAt(d.dependent(), mentions); // "in Nigeria's Kaduna state", "the Sudanese city"
      }
    }
    if (country == null) {
      return null;
    }
    Actor place = new Actor(mentionText(token), country, null, country, ActorKind.COUNTRY);
    return new Found(place, "place '" + mentionText(token) + "'", token, Found.Via.NAMED);
  }

  /** An agent of an actor's country: the agent's sector, the owner's country. */
  static Actor ofCountry(Actor agent, Actor owner) {
    String role = agent.role() != null ? agent.role() : owner.role();
    return new Actor(agent.name() + " of " + owner.name(), owner.country(), role,
        Actor.code(owner.country(), role), ActorKind.AGENT);
  }

  /** The actor a name at this token resolves to, or null: the mention itself, not what the parse links it to. */
  Found named(int token) {
    Actor a = mentionActor(token);
    return a == null ? null : new Found(a, "mention '" + mentionText(token) + "'", token, Found.Via.NAMED);
  }

  /** The noun a relative pronoun follows, past a comma; -1 when another word comes between. */
  private int antecedent(int token) {
    int i = token - 1;
    if (i >= 0 && sentence.tokens().get(i).word().equals(",")) {
      i--;
    }
    return i >= 0 && sentence.tokens().get(i).isNoun() ? i : -1;
  }

  private boolean quantifiedAsTwo(int token) {
    for (Dependency d : sentence.children(token)) {
      String w = sentence.tokens().get(d.dependent()).lemma();
      if ((d.relation().equals("nummod") && w.equals("two")) || (d.relation().equals("det") && w.equals("both"))) {
        return true;
      }
    }
    return false;
  }

  Actor mentionActor(int token) {
    for (EntityMention m : mentions) {
      if (m.covers(token) && m.actor() != null) {
        return m.actor();
      }
    }
    return null;
  }

  String mentionText(int token) {
    for (EntityMention m : mentions) {
      if (m.covers(token)) {
        return m.text();
      }
    }
    return sentence.tokens().get(token).word();
  }

  /** The two office holders of different countries the article names most: "the two leaders". */
  static List<Actor> leadingPair(List<EntityMention> mentions) {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      Actor a = m.actor();
      if (a != null && a.kind() == ActorKind.PERSON && a.country() != null) {
        counts.merge(a, 1, Integer::sum);
      }
    }
    List<Actor> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    for (Actor second : ranked.subList(Math.min(1, ranked.size()), ranked.size())) {
      if (!second.country().equals(ranked.get(0).country())) {
        return List.of(ranked.get(0), second);
      }
    }
    return List.of();
  }
}
