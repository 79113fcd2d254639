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

  /**
   * Nouns that count or gather the people their "of" phrase names ("a group of Sudanese opposition
   * politicians", "hundreds of Palestinian prisoners"): English's collective and round-number nouns,
   * which stand for those people and are no actor of their own.
   */
  private static final Set<String> PARTITIVES = Set.of("group", "number", "dozen", "hundred", "thousand",
      "million", "score", "handful");

  private final Sentence sentence;
  private final List<EntityMention> mentions;
  private final Locations places;
  private final Actor lastPerson;
  private final Actor lastCountry;
  private final List<Actor> pair;
  private final Map<Integer, List<Found>> resolved = new HashMap<>();

  Arguments(Sentence sentence, List<EntityMention> mentions, Actor lastPerson, Actor lastCountry, List<Actor> pair,
      Locations places) {
    this.sentence = sentence;
    this.mentions = mentions;
    this.places = places;
    this.lastPerson = lastPerson;
    this.lastCountry = lastCountry;
    this.pair = pair;
  }

  /**
   * The arguments of each sentence of an article, in sentence order: each with the sentence's resolved
   * mentions, the last person named before it (for "he", "she") and the article's leading pair;
   * {@code places} tells the country of a place named.
   */
  static List<Arguments> ofArticle(EnrichedArticle article, Locations places) {
    List<Actor> pair = LeadingPair.of(article.entities());
    Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    for (EntityMention m : article.entities()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Arguments> out = new ArrayList<>();
    Actor lastPerson = null;
    Actor lastCountry = null;
    for (Sentence s : article.sentences()) {
      List<EntityMention> ms = bySentence.getOrDefault(s.index(), List.of());
      out.add(new Arguments(s, ms, lastPerson, lastCountry, pair, places));
      for (EntityMention m : ms) {
        if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
          lastPerson = m.actor();
        }
        if (m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
          lastCountry = m.actor();
        }
      }
    }
    return out;
  }

  Sentence sentence() {
    return sentence;
  }

  /** Tells the country of a place named. */
  Locations places() {
    return places;
  }

  /** The country last named in the sentences before this one, or null. */
  Actor lastCountry() {
    return lastCountry;
  }

  /** The sentence's mentions, in text order. */
  List<EntityMention> mentions() {
    return mentions;
  }

  /**
   * The actors a token stands for: "the two leaders" as the article's leading pair, a resolved mention
   * covering it, a pronoun's or relative pronoun's antecedent, a name in apposition, its modifiers.
   * The list is unmodifiable.
   */
  List<Found> at(int token) {
    // Roles, subjects, statements and the ingredients all ask for the same tokens of one sentence,
    // and an agent's answer walks its place phrases and conjuncts: each token is resolved once.
    List<Found> known = resolved.get(token);
    if (known == null) {
      known = List.copyOf(resolve(token));
      resolved.put(token, known);
    }
    return known;
  }

  private List<Found> resolve(int token) {
    List<Found> out = new ArrayList<>();
    Token t = sentence.tokens().get(token);
    if (LeadingPair.GROUP_NOUNS.contains(t.lemma()) && pair.size() == 2 && LeadingPair.quantifiedAsTwo(sentence, token)) {
      for (Actor a : pair) {
        out.add(new Found(a, "'" + t.word() + "' -> the article's two leading actors", token, Found.Via.LEADING_PAIR));
      }
      return out;
    }
    Found named = named(token);
    if (named != null) {
      return Served.resolve(this, token, named);
    }
    Actor country = CountryWords.referredTo(this, token);
    if (country != null) { // "Iran's leader said the country would not negotiate"
      out.add(new Found(country, "'the " + t.word() + "' -> last country named", token, Found.Via.PRONOUN));
      return out;
    }
    if (t.pos().startsWith("PRP") && PERSONAL.contains(t.lemma()) && lastPerson != null) {
      out.add(new Found(lastPerson, "pronoun '" + t.word() + "' -> last person named", token, Found.Via.PRONOUN));
      return out;
    }
    int antecedent = RELATIVE_PRONOUNS.contains(t.lemma()) && t.pos().startsWith("W") ? antecedent(token) : -1;
    if (antecedent >= 0) { // "police, who responded": the parse does not always link the relative clause
      for (Found f : at(antecedent)) {
        out.add(f.noted("antecedent of '" + t.word() + "'"));
      }
      return out;
    }
    Found apposed = Served.apposedName(this, token);
    if (apposed != null) { // "his Russian counterpart Sergei Lavrov": the name says more than the adjective
      out.add(apposed);
      return out;
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
    if (PARTITIVES.contains(t.lemma())) {
      for (Dependency d : sentence.children(token)) {
        if (d.relation().equals("nmod:of")) { // "asylum to a group of Sudanese opposition politicians"
          at(d.dependent()).forEach(f -> out.add(f.noted("of '" + t.word() + "'")));
        }
      }
    }
    return out;
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
}
