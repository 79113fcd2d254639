package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.Set;

/**
 * What the word governing a predicate says of it: asked for, wished, refused, promised or the purpose
 * of a move, rather than done.
 */
final class Governors {

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
   * Verbs of dispatch whose infinitive clause is the purpose of the move, not a deed yet: "deployed
   * troops to Somalia to fight al-Shabaab", "sent troops to fight Boko Haram". The dispatch is the event.
   */
  private static final Set<String> DISPATCH_VERBS = Set.of("send", "deploy", "dispatch");

  /**
   * Verbs whose open clause is what their subject would not do: "refused to sign the resolution",
   * "declined to extradite the suspects". The clause is negated, as "did not sign" is.
   */
  private static final Set<String> REFUSING_VERBS = Set.of("refuse", "decline");

  /**
   * Verbs of allegation whose "of" or "for" clause is the deed alleged: "accused Israel of committing
   * genocide", "blamed Kyiv for shelling". The allegation is the event; the deed is the accuser's
   * claim, which coders do not code as done.
   */
  private static final Set<String> ALLEGING_VERBS = Set.of("accuse", "blame", "charge", "suspect", "allege");

  /** How far up the alleged deed may hang from the allegation ("accused X of continuing to commit"). */
  private static final int MAX_ALLEGED_HOPS = 3;

  /** Relations by which a part of the alleged deed hangs from the deed ("of continuing to commit genocide"). */
  private static final Set<String> ALLEGED_LINKS = Set.of("xcomp", "conj", "obj");

  /**
   * Relations by which a noun is what its verb does ("hold talks", "agreed to a truce", "agreed on
   * a ceasefire"), not when or where ("during a visit", "after talks").
   */
  private static final Set<String> PROMISED_LINKS = Set.of("obj", "obl:to", "obl:on", "obl:for");

  /**
   * Adjectives of willingness whose prepositional noun is an offer, not a deed: "open to talks",
   * "ready for negotiations" (CAMEO's 03 counts expressed willingness as intent).
   */
  private static final Set<String> WILLING = Set.of("open", "ready", "willing", "prepared", "eager", "keen");

  private Governors() {}

  /** Whether the predicate at {@code i} is the deed an allegation alleges, or part of it. */
  static boolean alleged(Sentence s, int i) {
    int current = i;
    for (int hop = 0; hop < MAX_ALLEGED_HOPS; hop++) {
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0) {
        return false;
      }
      boolean clause = up.subtype().equals("of") || up.subtype().equals("for");
      if (clause && ALLEGING_VERBS.contains(s.tokens().get(up.governor()).lemma())) {
        return true;
      }
      if (!ALLEGED_LINKS.contains(up.baseRelation())) {
        return false;
      }
      current = up.governor();
    }
    return false;
  }

  /** Whether the predicate is the open clause of a verb of intent: "vowed to attack". */
  static boolean wished(Sentence s, Dependency head) {
    return head != null && head.relation().equals("xcomp") && head.governor() >= 0
        && INTENT_VERBS.contains(s.tokens().get(head.governor()).lemma());
  }

  /** Whether the predicate is the open clause of a verb of refusal: "refused to sign". */
  static boolean refused(Sentence s, Dependency head) {
    return head != null && head.relation().equals("xcomp") && head.governor() >= 0
        && REFUSING_VERBS.contains(s.tokens().get(head.governor()).lemma());
  }

  /**
   * Whether a noun predicate is the object of a verb that only promises it: "would increase military
   * aid to Ukraine", "will hold talks", "pledged investment in Egypt". The noun has the verb's mood.
   */
  static boolean promisedNoun(Sentence s, Token t, Dependency head) {
    if (!t.isNoun() || head == null || head.governor() < 0 || !PROMISED_LINKS.contains(head.relation())) {
      return false;
    }
    Token above = s.tokens().get(head.governor());
    if (above.pos().startsWith("JJ")) {
      return WILLING.contains(above.lemma()); // "Moscow was open to talks", "ready for dialogue"
    }
    return above.isVerb() && (Frame.of(s, head.governor()).future() || INTENT_VERBS.contains(above.lemma()));
  }

  /** Whether the predicate is the infinitive purpose of a dispatch: "sent troops to fight X". */
  static boolean purpose(Sentence s, int i, Dependency head) {
    if (head == null || head.governor() < 0 || !DISPATCH_VERBS.contains(s.tokens().get(head.governor()).lemma())) {
      return false;
    }
    boolean clause = head.relation().equals("xcomp") || head.baseRelation().equals("advcl");
    return clause && s.children(i).stream()
        .anyMatch(d -> d.relation().equals("mark") && s.tokens().get(d.dependent()).lemma().equals("to"));
  }

  /** Whether the predicate is what a verb of appeal asks for: its open clause, or its object noun. */
  static boolean asked(Sentence s, int i, Dependency head) {
    if (head == null || head.governor() < 0 || !APPEAL_VERBS.contains(s.tokens().get(head.governor()).lemma())) {
      return false;
    }
    boolean clause = head.relation().equals("xcomp");
    boolean noun = head.relation().equals("obj") && s.tokens().get(i).isNoun();
    return clause || noun;
  }
}
