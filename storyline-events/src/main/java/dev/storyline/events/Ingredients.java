package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the coder had to work with in one sentence, whether or not it coded an event there: for
 * diagnosing a missed event (was the sentence parsed, was each actor resolved, does the lexicon know a
 * predicate of the right kind) without reading the sentence.
 *
 * @param parsed whether the sentence was parsed, which it is only when it may hold an event
 * @param actors every actor a word of the sentence stands for, as the coder resolves them
 * @param roots the CAMEO roots the lexicon gives the sentence's verbs and nouns, whatever their
 *     prepositions and objects
 */
public record Ingredients(boolean parsed, Set<Actor> actors, Set<String> roots) {

  public Ingredients {
    actors = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(actors, "actors")));
    roots = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(roots, "roots")));
  }

  /** The ingredients of each sentence of an article, in sentence order. */
  static List<Ingredients> of(EnrichedArticle article, Lexicon lexicon, Locations locations) {
    List<Ingredients> out = new ArrayList<>();
    for (Arguments args : Arguments.ofArticle(article, locations)) {
      Sentence s = args.sentence();
      boolean parsed = !s.dependencies().isEmpty();
      Set<Actor> actors = new LinkedHashSet<>();
      Set<String> roots = new TreeSet<>();
      for (Token t : s.tokens()) {
        if (parsed) {
          args.at(t.index()).forEach(f -> actors.add(f.actor()));
        }
        roots.addAll(lexicon.roots(t.isVerb() ? "verb" : t.isNoun() ? "noun" : "", t.lemma()));
      }
      args.mentions().stream().map(EntityMention::actor).filter(Objects::nonNull).forEach(actors::add);
      out.add(new Ingredients(parsed, actors, roots));
    }
    return out;
  }
}
