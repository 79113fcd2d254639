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
   * Verbs of appeal and command: what they ask for ("called on NATO to deploy troops", "urged Beijing
   * to stop the drills", "demanded the release of") has not been done, and is the appeal's business.
   */
  private static final Set<String> APPEAL_VERBS = Set.of(
      "urge", "ask", "call", "press", "appeal", "request", "demand", "encourage", "tell", "invite", "persuade",
      "pressure", "push", "implore", "beg", "order", "instruct", "command", "advise");

  /**
   * Verbs and adjectives whose open clause is an intention, not a deed: "vowed to attack", "agreed to
   * resume talks", "is ready to help". CAMEO's family 03 counts offering, promising, agreeing to and
   * showing willingness to cooperate as intent. ("Decided to" is left out: news reports a decision
   * mostly once it is carried out, "decided to recall its ambassador".)
   */
  static final Set<String> INTENT_VERBS = Set.of(
      "plan", "intend", "vow", "pledge", "promise", "seek", "aim", "hope", "want", "expect", "prepare", "threaten",
      "agree", "offer", "propose", "undertake", "volunteer",
      "ready", "willing", "prepared", "eager", "determined", "keen");

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
   * Verbs of dispatch whose infinitive clause is the purpose of the move, not a deed yet: "deployed
   * troops to Somalia to fight al-Shabaab", "sent troops to fight Boko Haram". The dispatch is the event.
   */
  static final Set<String> DISPATCH_VERBS = Set.of("send", "deploy", "dispatch");

  /**
   * Verbs whose open clause is what their subject would not do: "refused to sign the resolution",
   * "declined to extradite the suspects". The clause is negated, as "did not sign" is.
   */
  static final Set<String> REFUSING_VERBS = Set.of("refuse", "decline");

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
    boolean wished = head != null && head.relation().equals("xcomp") && head.governor() >= 0
        && INTENT_VERBS.contains(s.tokens().get(head.governor()).lemma());
    if (wished && s.children(head.governor()).stream().anyMatch(d -> d.relation().equals("obj"))) {
      return null; // "X wants Y to attack Z": Y neither did nor promised it; the wish is X's appeal to Y
    }
    if (asked(s, t.index(), head) || purpose(s, t.index(), head)) {
      return null;
    }
    boolean refused = head != null && head.relation().equals("xcomp") && head.governor() >= 0
        && REFUSING_VERBS.contains(s.tokens().get(head.governor()).lemma());
    boolean negated = frame.negated() != refused; // "did not refuse to sign" signs
    boolean intent = frame.future() || wished || promisedNoun(s, t, head);
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

  /**
   * Relations by which a noun is what its verb does ("hold talks", "agreed to a truce", "agreed on
   * a ceasefire"), not when or where ("during a visit", "after talks").
   */
  private static final Set<String> PROMISED_LINKS = Set.of("obj", "obl:to", "obl:on", "obl:for");

  /**
   * Whether a noun predicate is the object of a verb that only promises it: "would increase military
   * aid to Ukraine", "will hold talks", "pledged investment in Egypt". The noun has the verb's mood.
   */
  private static boolean promisedNoun(Sentence s, Token t, Dependency head) {
    if (!t.isNoun() || head == null || head.governor() < 0 || !PROMISED_LINKS.contains(head.relation())) {
      return false;
    }
    Token above = s.tokens().get(head.governor());
    if (above.pos().startsWith("JJ")) {
      return WILLING.contains(above.lemma()); // "Moscow was open to talks", "ready for dialogue"
    }
    return above.isVerb() && (Frame.of(s, head.governor()).future() || INTENT_VERBS.contains(above.lemma()));
  }

  /**
   * Adjectives of willingness whose prepositional noun is an offer, not a deed: "open to talks",
   * "ready for negotiations" (CAMEO's 03 counts expressed willingness as intent).
   */
  private static final Set<String> WILLING = Set.of("open", "ready", "willing", "prepared", "eager", "keen");

  /** Whether the predicate is the infinitive purpose of a dispatch: "sent troops to fight X". */
  private static boolean purpose(Sentence s, int i, Dependency head) {
    if (head == null || head.governor() < 0 || !DISPATCH_VERBS.contains(s.tokens().get(head.governor()).lemma())) {
      return false;
    }
    boolean clause = head.relation().equals("xcomp") || head.baseRelation().equals("advcl");
    return clause && s.children(i).stream()
        .anyMatch(d -> d.relation().equals("mark") && s.tokens().get(d.dependent()).lemma().equals("to"));
  }

  /** Whether the predicate is what a verb of appeal asks for: its open clause, or its object noun. */
  private static boolean asked(Sentence s, int i, Dependency head) {
    if (head == null || head.governor() < 0 || !APPEAL_VERBS.contains(s.tokens().get(head.governor()).lemma())) {
      return false;
    }
    boolean clause = head.relation().equals("xcomp");
    boolean noun = head.relation().equals("obj") && s.tokens().get(i).isNoun();
    return clause || noun;
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
