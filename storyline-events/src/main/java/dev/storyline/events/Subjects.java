package dev.storyline.events;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Subjects a predicate takes from the clauses around it when the parse gives it none of its own. */
final class Subjects {

  /** How far up the parse a predicate without a subject looks for one ("aimed at enhancing" → "leaders"). */
  static final int MAX_HOPS = 4;

  /**
   * Relations through which a clause hangs from the clause whose subject it shares. Not "dep", the
   * parser's attachment of what it could not label: a subject inherited through it was wrong more
   * often than right on the PETR2 sentences.
   */
  private static final Set<String> LINKS = Set.of("xcomp", "advcl", "acl", "conj", "ccomp", "obl", "nmod", "obj", "acl:relcl");

  /** Pronouns that, as subject of a reported or embedded clause, refer to the subject of the clause above. */
  static final Set<String> REFERRING = Set.of("it", "they", "he", "she", "we");

  /**
   * Prepositions by which a verb's clause says what its object did: "accused Kyiv of shelling",
   * "blamed Israel for attacking", "praised Seoul for helping". The object, not the subject, did it.
   */
  private static final Set<String> OBJECT_CLAUSE_PREPS = Set.of("of", "for");

  /** Relations by which a verb's "of" or "for" clause hangs from it. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "obl", "acl");

  /** CAMEO's verbal roots end at 13 (threaten); from 14 (protest) on, codes are deeds. */
  private static final int LAST_VERBAL_ROOT = 13;

  /**
   * CAMEO 010, a statement and nothing more: a trailing "saying ..." restates the main clause, and
   * coders give it no event of its own.
   */
  private static final String PLAIN_STATEMENT = "010";

  /** Prepositions of a phrase that places a clause in time by another event. */
  private static final Set<String> TIME_PHRASES = Set.of("after", "before", "since", "following", "amid", "during");

  private Subjects() {}

  /**
   * Whether the verb at {@code i} has a noun subject of its own that names no actor: "the war has
   * killed", "the collapse of a mine killed", "floods killed" (a noun whose "of" phrase names an actor
   * may stand for its people, so does not count). Such a verb tells what befell people,
   * not what an actor did, so it takes no subject from the clause above or the nearest name.
   */
  static boolean ownSubjectNamesNoActor(Sentence s, int i, Arguments args) {
    for (Dependency d : s.children(i)) {
      int c = d.dependent();
      if (d.relation().equals("nsubj") && s.tokens().get(c).isNoun() && args.at(c).isEmpty() && !ofAnActor(s, c, args)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who made the thing the subject of the verb at {@code i} names, when it is no actor: the thing's
   * owner ("Canada's decision drew criticism"), else the subject of the clause above the verb ("a
   * move that drew criticism"). Empty when neither names an actor.
   */
  static List<Found> ownersOfSubject(Sentence s, int i, Pattern p, Arguments args) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("nsubj")) {
        List<Found> owners = Owners.of(s, d.dependent(), -1, p, args);
        if (!owners.isEmpty()) {
          return owners;
        }
      }
    }
    return fromClauseAbove(s, i, args);
  }

  /**
   * Whether a noun at {@code i} is a deed (CAMEO 14-20) in a phrase that dates the clause above ("urged
   * restraint after the deadly attack on tourists", "amid fighting"): news dates a clause by what
   * others did as often as by what its subject did, so the deed takes no subject from that clause.
   */
  static boolean backgroundDeed(Sentence s, int i, String code) {
    Dependency up = s.head(i);
    return up != null && TIME_PHRASES.contains(up.subtype()) && Roots.number(code) > LAST_VERBAL_ROOT;
  }

  /** Whether the noun's "of" phrase names an actor: "opponents of Rwanda's Senate" may well be its people. */
  private static boolean ofAnActor(Sentence s, int noun, Arguments args) {
    return s.children(noun).stream().anyMatch(g -> g.relation().equals("nmod:of") && !args.at(g.dependent()).isEmpty());
  }

  /** The object of the verb above when the predicate is its "of" or "for" clause; empty otherwise. */
  private static List<Found> controller(Sentence s, Dependency link, Arguments args) {
    if (!CLAUSE_RELATIONS.contains(link.baseRelation()) || !OBJECT_CLAUSE_PREPS.contains(link.subtype())) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    for (Dependency d : s.children(link.governor())) {
      if (d.relation().equals("obj")) {
        out.addAll(args.at(d.dependent()));
      }
    }
    return out;
  }

  /**
   * For a present participle of a verbal act (CAMEO 01-13) set off by a comma ("closed its border ...,
   * accusing Minsk of a hybrid attack"), the subject of the sentence's main clause: such a participle
   * says what the main clause's subject said besides, wherever the parser hung it. Not for deeds, which
   * a trailing participle often tells as what befell ("a ferry sank, killing 30"), nor for a plain
   * statement. Empty otherwise.
   */
  static List<Found> mainSubject(Sentence s, int i, String code, Arguments args) {
    boolean commaParticiple = s.tokens().get(i).pos().equals("VBG") && i > 0 && s.tokens().get(i - 1).word().equals(",");
    if (!commaParticiple || Roots.number(code) > LAST_VERBAL_ROOT || code.equals(PLAIN_STATEMENT)
        || s.children(i).stream().anyMatch(d -> d.relation().startsWith("aux"))) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    for (Dependency root : s.children(-1)) {
      int main = root.dependent();
      if (main >= i) {
        continue;
      }
      for (Dependency d : s.children(main)) {
        if (d.relation().equals("nsubj") && d.dependent() < i) {
          args.at(d.dependent()).forEach(f -> out.add(f.fromClauseAbove(s.tokens().get(main).word())));
        }
      }
    }
    return out;
  }

  /**
   * The subject of the nearest clause above a predicate that has none of its own ("aimed at enhancing"
   * takes the subject of "aimed"), within {@link #MAX_HOPS} steps up the parse; empty when there is none.
   */
  static List<Found> fromClauseAbove(Sentence s, int i, Arguments args) {
    List<Found> sources = new ArrayList<>();
    int current = i;
    for (int hop = 0; hop < MAX_HOPS && sources.isEmpty(); hop++) {
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0 || !LINKS.contains(up.baseRelation()) && !LINKS.contains(up.relation())) {
        return sources;
      }
      current = up.governor();
      if (up.relation().equals("acl:relcl")) {
        // "police, who responded with tear gas": a relative clause's missing subject is the noun it describes.
        args.at(up.governor()).forEach(f -> sources.add(f.fromClauseAbove(s.tokens().get(i).word())));
        if (!sources.isEmpty()) {
          return sources;
        }
      }
      List<Found> controller = controller(s, up, args);
      if (!controller.isEmpty()) {
        controller.forEach(f -> sources.add(f.fromClauseAbove(s.tokens().get(up.governor()).word())));
        return sources;
      }
      for (Dependency d : s.children(current)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
          for (Found f : args.at(d.dependent())) {
            sources.add(f.fromClauseAbove(s.tokens().get(current).word()));
          }
        }
      }
    }
    return sources;
  }
}
