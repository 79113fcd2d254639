package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the actors a token of a parsed sentence stands for, following the parse and the article's context. */
final class Arguments {

  /** Relations through which a modifier names the actor of its head: "Chinese troops", "Seoul's ministry". */
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "appos");

  /** Pronouns that refer back to the last person named. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");

  /** Words that, with "two" or "both", refer to the article's two leading office holders. */
  static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "side", "country", "nation", "government");

  private final Sentence sentence;
  private final List<EntityMention> mentions;
  private final Actor lastPerson;
  private final List<Actor> pair;

  /** How an actor was found, for the event's explanation. */
  record Found(Actor actor, String how, int token) {}

  Arguments(Sentence sentence, List<EntityMention> mentions, Actor lastPerson, List<Actor> pair) {
    this.sentence = sentence;
    this.mentions = mentions;
    this.lastPerson = lastPerson;
    this.pair = pair;
  }

  /** The actors a token stands for: a resolved mention covering it, its modifiers, a pronoun's antecedent. */
  List<Found> at(int token) {
    List<Found> out = new ArrayList<>();
    Actor direct = mentionActor(token);
    if (direct != null) {
      out.add(new Found(direct, "mention '" + mentionText(token) + "'", token));
      return out;
    }
    Token t = sentence.tokens().get(token);
    if (t.pos().startsWith("PRP") && PERSONAL.contains(t.lemma()) && lastPerson != null) {
      out.add(new Found(lastPerson, "pronoun '" + t.word() + "' -> last person named", token));
      return out;
    }
    if (GROUP_NOUNS.contains(t.lemma()) && pair.size() == 2 && quantifiedAsTwo(token)) {
      for (Actor a : pair) {
        out.add(new Found(a, "'" + t.word() + "' -> the article's two leading actors", token));
      }
      return out;
    }
    for (Dependency d : sentence.children(token)) {
      if (MODIFIERS.contains(d.relation())) {
        Actor a = mentionActor(d.dependent());
        if (a != null && a.kind() != ActorKind.PERSON) {
          out.add(new Found(a, d.relation() + " '" + mentionText(d.dependent()) + "'", d.dependent()));
          return out;
        }
      }
    }
    return out;
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

  private Actor mentionActor(int token) {
    for (EntityMention m : mentions) {
      if (m.covers(token) && m.actor() != null) {
        return m.actor();
      }
    }
    return null;
  }

  private String mentionText(int token) {
    for (EntityMention m : mentions) {
      if (m.covers(token)) {
        return m.text();
      }
    }
    return sentence.tokens().get(token).word();
  }
}
