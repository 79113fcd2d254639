package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * A predicate of a sentence matched to a line of the verb lexicon, in the mood the sentence gives it:
 * negated ("did not attack"), intended ("will visit", "vowed to attack") or done. A denied predicate
 * ("denied that its troops attacked"), a condition ("if Iran attacks") and a request ("demanded that
 * Ukraine withdraw") match nothing.
 *
 * @param kind "verb" or "noun"
 * @param pattern the lexicon line matched, its code already the intent code when {@code actionAsIntent}
 * @param negated whether the predicate is negated; the pattern is then a "neg" line
 * @param intent whether the action is promised or planned rather than done
 * @param actionAsIntent whether no intent line matched and the action's code was mapped to CAMEO's intent code
 */
record PredicateMatch(String kind, Pattern pattern, boolean negated, boolean intent, boolean actionAsIntent) {

  /**
   * Adversaries that are no actor: "Italy is battling its worst drought", "fighting wildfires",
   * "the fight against corruption". Fighting them is no use of force. Listed from the natural and
   * social ills news most often says a government battles; not "fire", which is also gunfire
   * ("troops exchanged fire").
   */
  static final Set<String> NON_ACTOR_FOES = Set.of(
      "drought", "flood", "wildfire", "blaze", "storm", "heatwave", "disease", "epidemic", "pandemic",
      "virus", "outbreak", "inflation", "poverty", "corruption", "crime", "unemployment", "hunger", "famine");

  /** CAMEO roots of fighting: assault and conventional force. */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19");

  /**
   * CAMEO 120 "reject, not specified below": what refusing an action with no negated line of its own
   * is coded as, the codebook's general code for turning down what another actor wants.
   */
  static final String REJECT = "120";

  /**
   * The object word the lexicon writes for a named person: "received Jordan's King Abdullah" matches
   * "receive person" as "received a visitor" would.
   */
  static final String PERSON = "person";

  /**
   * The predicate at token {@code t} matched to the lexicon, or null when it reports no codable event;
   * {@code args} tells which of its objects name a person.
   */
  static PredicateMatch of(Sentence s, Token t, Lexicon lexicon, Arguments args) {
    String kind = t.isVerb() && lexicon.hasVerb(t.lemma()) ? "verb"
        : t.isNoun() && lexicon.has("noun", t.lemma()) ? "noun" : null;
    if (kind == null || Denials.denied(s, t.index()) || Conditions.unreal(s, t.index())) {
      return null;
    }
    Frame frame = Frame.of(s, t.index());
    Set<String> preps = frame.preps();
    Set<String> objects = new HashSet<>(frame.objects());
    Set<String> kinds = new HashSet<>(frame.kinds());
    for (Dependency d : s.children(t.index())) {
      Actor named = d.relation().equals("obj") ? args.mentionActor(d.dependent()) : null;
      if (named != null && named.kind() == ActorKind.PERSON) {
        objects.add(PERSON);
      }
    }
    int undergoer = Participles.passive(s, t.index()) ? Participles.described(s, t.index()) : -1;
    undergoer = undergoer >= 0 ? undergoer : Participles.passiveSubject(s, t.index());
    if (undergoer >= 0) {
      Token u = s.tokens().get(undergoer);
      objects.add(u.lemma()); // "prisoners released by X" match as "released prisoners"
      if (Frame.isCommonNoun(u)) {
        kinds.add(u.lemma());
      }
    }
    Dependency head = s.head(t.index());
    boolean wished = Governors.wished(s, head);
    if (wished && s.children(head.governor()).stream().anyMatch(d -> d.relation().equals("obj"))) {
      return null; // "X wants Y to attack Z": Y neither did nor promised it; the wish is X's appeal to Y
    }
    if (Governors.asked(s, t.index(), head) || Governors.purpose(s, t.index(), head) || Governors.alleged(s, t.index())) {
      return null;
    }
    boolean refused = Governors.refused(s, head);
    boolean negated = frame.negated() != refused; // "did not refuse to sign" signs
    boolean intent = frame.future() || wished || Governors.promisedNoun(s, t, head);
    Pattern p = negated ? lexicon.match("neg", t.lemma(), preps, objects, kinds)
        : intent ? lexicon.match("intent", t.lemma(), preps, objects, kinds)
        : lexicon.match(kind, t.lemma(), preps, objects, kinds);
    p = JointExercises.of(s, t, p);
    if (p == null && intent && !negated) {
      // No intent line: a promise of the action is CAMEO's intent code for it ("will supply arms": 0332).
      Pattern action = JointExercises.of(s, t, lexicon.match(kind, t.lemma(), preps, objects, kinds));
      if (action != null) {
        Pattern promised = action.withCode(action.kind(), Intents.of(action.code()));
        return new PredicateMatch(kind, promised, false, true, true);
      }
    }
    if (p == null && refused && negated) {
      // Refusing a deed the lexicon knows, with no negated line for it, still turns the target down.
      Pattern action = lexicon.match(kind, t.lemma(), preps, objects, kinds);
      if (action != null) {
        p = action.withCode("neg", REJECT);
      }
    }
    if (p != null && FORCE_ROOTS.contains(Roots.of(p.code())) && objects.stream().anyMatch(NON_ACTOR_FOES::contains)) {
      return null;
    }
    return p == null ? null : new PredicateMatch(kind, p, negated, intent, false);
  }

  /** The CAMEO root of the matched code: its first two digits. */
  String root() {
    return Roots.of(pattern.code());
  }

  /** How the predicate written {@code word} matched, for the event's explanation. */
  String describe(String word, CameoCodes codes) {
    Pattern p = pattern;
    return kind + " '" + word + "'" + (negated ? " negated" : intent ? " as intent" : "")
        + " matched " + p.kind() + " " + p.lemma() + (p.prep().equals("-") ? "" : " +" + p.prep())
        + (p.object().equals("*") ? "" : " obj=" + p.object()) + (p.broader() == null ? "" : " (a kind of " + p.broader() + ", by WordNet)")
        + " -> " + p.code()
        + (actionAsIntent ? " (no intent line: the action's intent code)" : "") + " (" + codes.name(p.code()) + ")";
  }
}
