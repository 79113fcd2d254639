package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * What a predicate's own dependents say about it: the prepositions and particles attached, the
 * lemmas of its objects and prepositional objects, whether it is negated, whether it is future.
 *
 * @param kinds the lemmas of its direct objects that are common nouns, which WordNet may file under a
 *     lexicon line's object ("sent howitzers" as "sent weapons"); not the nouns of its prepositional
 *     phrases, which are as often a date or a place as what was done
 */
record Frame(Set<String> preps, Set<String> objects, Set<String> kinds, boolean negated, boolean future) {

  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall");

  Frame {
    preps = Set.copyOf(preps);
    objects = Set.copyOf(objects);
    kinds = Set.copyOf(kinds);
  }

  /** The frame of the predicate at token i. */
  static Frame of(Sentence s, int i) {
    Set<String> preps = new HashSet<>();
    Set<String> objects = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    boolean negated = false;
    boolean future = false;
    for (Dependency d : s.children(i)) {
      Token c = s.tokens().get(d.dependent());
      String rel = d.relation();
      if (isPrepPhrase(rel)) {
        preps.add(d.subtype());
        objects.add(c.lemma()); // "engaged in a firefight": the phrase's noun says what was done
      } else if (rel.equals("compound:prt")) {
        preps.add(c.lemma());
      } else if (rel.equals("obj") || rel.equals("nsubj:pass")) {
        objects.add(c.lemma());
        if (isCommonNoun(c)) {
          kinds.add(c.lemma());
          kinds.addAll(compounded(s, d.dependent())); // "an aircraft carrier" is a warship, a "carrier" a porter
        }
        // "engaged the rebels in a firefight": the parser often hangs the verb's phrase on its object.
        for (Dependency g : s.children(d.dependent())) {
          if (isPrepPhrase(g.relation())) {
            preps.add(g.subtype());
            objects.add(s.tokens().get(g.dependent()).lemma());
          }
        }
      } else if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(c.lemma())) {
        negated = true;
      } else if (rel.equals("aux") && FUTURE.contains(c.lemma())) {
        future = true;
      }
    }
    return new Frame(preps, objects, kinds, negated, future);
  }

  /** The noun with the common noun just before it that the parse makes its compound: "aircraft carrier". */
  private static Set<String> compounded(Sentence s, int noun) {
    Set<String> out = new HashSet<>();
    for (Dependency d : s.children(noun)) {
      Token m = s.tokens().get(d.dependent());
      if (d.relation().equals("compound") && d.dependent() == noun - 1 && isCommonNoun(m)) {
        out.add(m.lemma() + " " + s.tokens().get(noun).lemma());
      }
    }
    return out;
  }

  /** Whether a token is a common noun, singular or plural: a name is no kind of anything in WordNet's sense. */
  static boolean isCommonNoun(Token t) {
    return t.pos().equals("NN") || t.pos().equals("NNS");
  }

  static boolean isPrepPhrase(String rel) {
    return rel.startsWith("obl:") || rel.startsWith("nmod:") && !rel.equals("nmod:poss");
  }
}
