package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import java.util.Set;

/**
 * Targets that are agents with no country ("militants", "activists", "troops") after the place of the
 * event has lent what it can: set aside beside a target with a country, and given the source's
 * country where the act is one a state does at home.
 */
final class AgentTargets {

  /**
   * CAMEO 17, coerce: arrests, detentions, bans, curfews and repression are done by a state's own
   * police, courts and soldiers to people within its reach, so "Hong Kong police arrested three
   * activists" arrests Hong Kong activists. Assaults and fighting (18, 19) cross borders too often for
   * the same guess.
   */
  static final String HOME_ROOT = "17";

  /**
   * CAMEO's domestic sectors: opposition, government, police, courts, legislature, parties, labour.
   * Such an agent the text gives no country ("accusing the opposition of", "police shot protesters",
   * "demanded that the government") is one of the source's own country: news names the country when
   * it is another's.
   */
  private static final Set<String> DOMESTIC_ROLES = Set.of("OPP", "GOV", "COP", "JUD", "LEG", "PTY", "LAB");

  /**
   * The first root whose acts on a domestic body are done at home: investigating (09) and conflict
   * (10-20). Words and cooperation (01-07) cross borders ("offered to host talks between the
   * government and rebels"), and so do releases and returns (08: "activists released by Israel").
   */
  private static final int FIRST_DOMESTIC_ROOT = 9;

  /** Sectors of armed forces, whose targets are often across a border ("troops killed militants"). */
  private static final Set<String> ARMED_ROLES = Set.of("MIL", "REB", "UAF", "SPY");

  /**
   * Roots of words and cooperation (01-07): statements, appeals, intents, consultations, visits, aid.
   * An actor does them to other actors, never to its own country as a whole: "welcomed al-Sharaa to
   * Riyadh" is no Saudi visit to Saudi Arabia, "Macron said Paris would send troops" no French
   * statement to France. Yielding (08: "lifted a curfew in Dhaka", "troops withdrew") and
   * investigating (09) are done at home, and so is conflict (10-20).
   */
  private static final int LAST_COOPERATIVE_ROOT = 7;

  private AgentTargets() {}

  /** Whether an actor is an agent the text gave no country. */
  static boolean stateless(Actor a) {
    return a != null && a.kind() == ActorKind.AGENT && a.country() == null;
  }

  /**
   * Whether a target is an agent with no country while the same predicate has a target with one:
   * "warned Finland against hosting NATO troops", "deported migrants from Niger" act on the country.
   */
  static boolean outranked(Actor target, boolean anotherHasCountry) {
    return stateless(target) && anotherHasCountry;
  }

  /** Whether the target is the source's own country, as a whole, of a cooperative or verbal act. */
  static boolean ownCountry(Actor source, Actor target, String root) {
    return target != null && target.kind() == ActorKind.COUNTRY && target.country() != null
        && target.country().equals(source.country()) && Roots.number(root) <= LAST_COOPERATIVE_ROOT;
  }

  /**
   * The target with the source's country when the act is coercion at home, or an inquiry or a
   * conflictual act (09-20) by an unarmed source on a target of a domestic sector; else the target as
   * it is.
   */
  static Actor housed(Actor target, Actor source, String root) {
    if (!stateless(target) || source.country() == null || target.role() == null) {
      return target;
    }
    boolean armed = source.role() != null && ARMED_ROLES.contains(source.role());
    boolean conflict = Roots.number(root) >= FIRST_DOMESTIC_ROOT;
    // Rebels are a country's own insurgents: the civilians they turn on are theirs ("RSF fighters killed civilians").
    boolean insurgent = "REB".equals(source.role()) && "CVL".equals(target.role());
    boolean domestic = (DOMESTIC_ROLES.contains(target.role()) && !armed || insurgent) && conflict;
    if (!root.equals(HOME_ROOT) && !domestic) {
      return target;
    }
    return new Actor(target.name(), source.country(), target.role(), Actor.code(source.country(), target.role()), target.kind());
  }
}
