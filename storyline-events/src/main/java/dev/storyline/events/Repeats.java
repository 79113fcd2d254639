package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Event;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Predicates whose events another predicate of the same sentence already reports, so are not coded
 * twice: a noun the verb's line names, a participle telling the outcome, a verb of intent whose clause
 * codes the intention.
 */
final class Repeats {

  /** Relations by which a participle clause hangs from the clause whose event it continues. */
  private static final Set<String> CONSEQUENCE_LINKS = Set.of("advcl", "dep", "xcomp");

  private Repeats() {}

  /** The tokens, of a sentence whose events are listed by token, whose events repeat another's. */
  static Set<Integer> of(Sentence s, List<List<Event>> byToken, Lexicon lexicon) {
    Set<Integer> out = phraseNouns(s, byToken, lexicon);
    out.addAll(consequences(s, byToken));
    out.addAll(promises(s, byToken));
    return out;
  }

  /**
   * Nouns in the phrase of a coded verb whose lexicon line names its object: "launched attacks",
   * "carried out an attack", "claimed responsibility for the attack" report one event, the verb's.
   */
  private static Set<Integer> phraseNouns(Sentence s, List<List<Event>> byToken, Lexicon lexicon) {
    Set<Integer> out = new HashSet<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || byToken.get(v.index()).isEmpty()) {
        continue;
      }
      Frame f = Frame.of(s, v.index());
      Pattern p = lexicon.match("verb", v.lemma(), f.preps(), f.objects(), f.kinds());
      if (p == null || p.object().equals("*")) {
        continue;
      }
      for (Dependency d : s.children(v.index())) {
        if (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || Frame.isPrepPhrase(d.relation())) {
          out.add(d.dependent());
          for (Dependency g : s.children(d.dependent())) {
            if (Frame.isPrepPhrase(g.relation())) {
              out.add(g.dependent()); // "responsibility for the attack"
            }
          }
        }
      }
    }
    out.removeIf(i -> !s.tokens().get(i).isNoun());
    return out;
  }

  /**
   * Participle clauses that tell the outcome of the event their clause above reports, with the same
   * root: "bombarded the city, killing eight people" is one use of force, not two.
   */
  private static Set<Integer> consequences(Sentence s, List<List<Event>> byToken) {
    Set<Integer> out = new HashSet<>();
    for (Token t : s.tokens()) {
      Dependency up = s.head(t.index());
      if (!t.pos().equals("VBG") || byToken.get(t.index()).isEmpty() || up == null || up.governor() < 0) {
        continue;
      }
      int event = up.governor();
      if (up.baseRelation().equals("acl") && t.index() > 0 && s.tokens().get(t.index() - 1).word().equals(",")) {
        // "shelled the city, killing eight": the parse hangs the outcome on the object noun
        Dependency object = s.head(event);
        event = object == null ? -1 : object.governor();
      } else if (!CONSEQUENCE_LINKS.contains(up.baseRelation())) {
        continue;
      }
      if (event < 0) {
        continue;
      }
      Set<String> above = new HashSet<>();
      byToken.get(event).forEach(e -> above.add(e.rootCode()));
      if (byToken.get(t.index()).stream().allMatch(e -> above.contains(e.rootCode()))) {
        out.add(t.index());
      }
    }
    return out;
  }

  /**
   * Verbs of intent whose clause codes the intention itself: "pledged to deepen cooperation" is one
   * intent, the clause's (031), not also the pledge's general one (030).
   */
  private static Set<Integer> promises(Sentence s, List<List<Event>> byToken) {
    Set<Integer> out = new HashSet<>();
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("xcomp") && d.governor() >= 0 && !byToken.get(d.governor()).isEmpty()
          && !byToken.get(d.dependent()).isEmpty()
          && Governors.INTENT_VERBS.contains(s.tokens().get(d.governor()).lemma())) {
        out.add(d.governor());
      }
    }
    return out;
  }
}
