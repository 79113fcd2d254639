package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.Set;

/**
 * Participles that describe a noun instead of heading a clause of their own: "a village destroyed by
 * troops" (the noun underwent the act), "an attack targeting Kenya" (the noun did it). A reduced
 * relative ("The prisoners held for ... were freed by police", "welcomed the activists released
 * by Israel") is often parsed as a clause of its own with the noun as subject; it is read as the
 * participle it is.
 */
final class Participles {

  /** Relations by which a participle hangs from the noun it describes. */
  private static final Set<String> NOUN_MODIFIERS = Set.of("acl", "acl:relcl");

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");

  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");

  private Participles() {}

  /** Whether the token is a past participle, which describes the noun as undergoing the act. */
  static boolean passive(Sentence s, int i) {
    return s.tokens().get(i).pos().equals("VBN");
  }

  /** The noun a participle describes, or -1 when the token is not a participle describing a noun. */
  static int described(Sentence s, int i) {
    String pos = s.tokens().get(i).pos();
    if (!pos.equals("VBN") && !pos.equals("VBG")) {
      return -1;
    }
    Dependency up = s.head(i);
    if (up != null && up.governor() >= 0 && NOUN_MODIFIERS.contains(up.relation()) && child(s, i, SUBJECTS) < 0) {
      return up.governor();
    }
    return pos.equals("VBN") && reducedRelative(s, i) ? child(s, i, Set.of("nsubj")) : -1;
  }

  /**
   * The subject of a passive verb that the parse split from a reduced relative ("were freed" in "The
   * prisoners held for ... were freed", with the relative hung from the verb as its clausal subject
   * or the verb hung from the relative as "dep"): the noun the relative describes; -1 when there is none.
   */
  static int passiveSubject(Sentence s, int i) {
    if (child(s, i, Set.of("nsubj", "nsubj:pass")) >= 0 || child(s, i, Set.of("aux:pass")) < 0) {
      return -1;
    }
    int relative = child(s, i, Set.of("csubj:pass"));
    Dependency up = s.head(i);
    if (relative < 0 && up != null && up.governor() >= 0 && up.relation().equals("dep")) {
      relative = up.governor();
    }
    return relative >= 0 && reducedRelative(s, relative) ? child(s, relative, Set.of("nsubj")) : -1;
  }

  /**
   * A past participle with a subject but no auxiliary and no object: it cannot head a finite clause,
   * so the parse took the noun it describes for its subject ("the activists released by Israel"). With
   * an object it is a past tense the tagger took for a participle ("air strikes killed 20 people").
   */
  private static boolean reducedRelative(Sentence s, int i) {
    return s.tokens().get(i).pos().equals("VBN") && child(s, i, AUXILIARIES) < 0 && child(s, i, Set.of("nsubj")) >= 0
        && child(s, i, Set.of("obj")) < 0;
  }

  private static int child(Sentence s, int i, Set<String> relations) {
    for (Dependency d : s.children(i)) {
      if (relations.contains(d.relation())) {
        return d.dependent();
      }
    }
    return -1;
  }
}
