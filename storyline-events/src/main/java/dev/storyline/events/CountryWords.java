package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Countries a sentence means without naming them where the act is: "a Russian missile strike", "US
 * sanctions", "the country would not negotiate".
 */
final class CountryWords {

  /** Mention types whose modifier makes a noun the act of a country or body; places are not. */
  private static final Set<String> NATIONAL_TYPES = Set.of("COUNTRY", "NATIONALITY", "ORGANIZATION");

  /**
   * Nouns that, as "the country", refer back to the last country named: news names a country once and
   * then says "the country" or "the kingdom" rather than repeat it.
   */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom");

  private CountryWords() {}

  /** Whether a noun is "the X" and nothing more: no adjective, owner or complement says which. */
  private static boolean definite(Sentence sentence, int token) {
    boolean the = false;
    for (Dependency d : sentence.children(token)) {
      String rel = d.relation();
      if (rel.equals("det")) {
        the = sentence.tokens().get(d.dependent()).lemma().equals("the");
      } else if (rel.equals("amod") || rel.startsWith("nmod") || rel.equals("compound")) {
        return false;
      }
    }
    return the;
  }

  /** The country last named before the token, in its sentence or before it; null when none. */
  private static Actor countryBefore(Arguments args, int token) {
    Actor found = args.lastCountry();
    for (EntityMention m : args.mentions()) {
      if (m.tokenEnd() <= token && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
        found = m.actor();
      }
    }
    return found;
  }

  /**
   * The actors named by a noun's adjective or compound modifiers when these name a country, a
   * nationality or an organisation: "a Russian missile strike", "US sanctions", "NATO exercises";
   * not a place ("the Doha talks" are not Qatar's).
   */
  static List<Found> nationalModifiers(Arguments args, int noun) {
    List<Found> out = new ArrayList<>();
    for (Dependency d : args.sentence().children(noun)) {
      if (!d.relation().equals("amod") && !d.relation().equals("compound")) {
        continue;
      }
      for (EntityMention m : args.mentions()) {
        if (m.covers(d.dependent()) && m.actor() != null && NATIONAL_TYPES.contains(m.type())) {
          out.add(new Found(m.actor(), d.relation() + " '" + m.text() + "'", d.dependent(), Found.Via.NAMED));
        }
      }
    }
    return out;
  }

  /** The country "the country" (the nation, the kingdom) at the token stands for, or null. */
  static Actor referredTo(Arguments args, int token) {
    boolean countryNoun = COUNTRY_NOUNS.contains(args.sentence().tokens().get(token).lemma());
    return countryNoun && definite(args.sentence(), token) ? countryBefore(args, token) : null;
  }
}
