package dev.storyline.events;

import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who did and who underwent what a predicate reports, read from the parse: subjects, "by" agents and
 * "between" phrases give sources; objects, passive subjects and prepositional objects give targets.
 *
 * @param sources the actors who acted, in sentence order
 * @param targets the actors acted on, in sentence order
 */
record Roles(List<Found> sources, List<Found> targets) {

  /** Prepositions whose object is a predicate's target when its lexicon line names none ("talks with X"). */
  static final Set<String> TARGET_PREPS = Set.of("with", "to", "against", "on", "toward", "towards", "from", "into");

  /**
   * Prepositions whose object is the target of a phrasal verb, whose line names its particle rather
   * than a preposition: "lashed out at X", "pulled out of X", "cut off ties with X".
   */
  private static final Set<String> PHRASAL_TARGET_PREPS = union(TARGET_PREPS, Set.of("at", "of"));

  Roles {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /**
   * The sources and targets of the predicate at token {@code i}, of the given kind ("verb", "noun"),
   * matched to pattern {@code p}; either list may be empty.
   */
  static Roles of(Sentence s, int i, String kind, Pattern p, Arguments args) {
    List<Found> sources = new ArrayList<>();
    List<Found> targets = new ArrayList<>();
    List<Dependency> children = s.children(i);
    List<Integer> between = new ArrayList<>();
    boolean converse = p.kind().equals(Lexicon.CONVERSE);
    List<Found> named = new ArrayList<>();
    int described = converse ? -1 : Participles.described(s, i);
    boolean undergone = described >= 0 && Participles.passive(s, i);
    // "if it is attacked": a passive clause names its doer in a "by" phrase or not at all.
    boolean passive = children.stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
    boolean phrasal = children.stream().anyMatch(d -> d.relation().equals("compound:prt")
        && s.tokens().get(d.dependent()).lemma().equals(p.prep()));
    for (Dependency d : children) {
      String rel = d.relation();
      int c = d.dependent();
      if (c == described) {
        continue; // the misparsed subject of a reduced relative: it underwent the act
      } else if (undergone && rel.equals("obl:by")) {
        sources.addAll(args.at(c));
      } else if (rel.equals("nsubj") && Subjects.REFERRING.contains(s.tokens().get(c).lemma()) && s.tokens().get(c).pos().startsWith("PRP")) {
        // "Russia said it would ...": a pronoun subject of a reported clause is the reporter.
        sources.addAll(Subjects.fromClauseAbove(s, i, args));
        if (sources.isEmpty()) {
          sources.addAll(args.at(c));
        }
      } else if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent")
          || (kind.equals("noun") && rel.equals("nmod:poss"))) {
        sources.addAll(args.at(c));
      } else if (rel.endsWith(":between")) {
        between.add(c);
      } else if (rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj:pass")) {
        // The object is the target unless it is the thing the pattern names ("sign a deal with X");
        // a named thing that is an actor ("expel Peruvian diplomats", "journalists were released by
        // Turkey": a passive subject is the object) is one when nothing else is.
        // The subject of a converse verb is its target, never its object.
        String lemma = s.tokens().get(c).lemma();
        boolean patternNoun = p.names(lemma);
        boolean owned = false;
        if (!converse && !patternNoun) {
          // "condemned North Korea's launch", "the launch by North Korea": whoever did the thing
          // acted on is the target when the thing is no actor.
          // A "by" phrase on a verb that acts ("condemned drills by South Korea") is its object's agent.
          int active = passive || undergone ? -1 : i;
          List<Found> doers = Owners.behind(s, c, active, p, args);
          targets.addAll(doers);
          // "condemned Israel's strike on Hamas leaders": the act is aimed at its doer, not its victims.
          owned = !doers.isEmpty();
        } else if (!converse) {
          // "exchanged ambassadors": in a mutual act, an agent of no country that the pattern names is the
          // thing done, no party; "released journalists" still names whom the act was done to.
          boolean mutual = Reciprocity.mutual(s.tokens().get(i).lemma(), p.object());
          // "blocked the European Union's sanctions package against Russia": the thing is its owner's.
          List<Found> owners = mutual ? List.of() : Owners.of(s, c, -1, p, args);
          targets.addAll(owners);
          owned = !owners.isEmpty();
          if (owners.isEmpty()) {
            args.at(c).stream().filter(f -> !mutual || f.actor().kind() != ActorKind.AGENT || f.actor().country() != null)
                .forEach(named::add);
          }
        }
        for (Dependency g : owned ? List.<Dependency>of() : s.children(c)) {
          if (isTargetPrep(g, p, phrasal)) {
            targets.addAll(Owners.behind(s, g.dependent(), -1, p, args));
          }
        }
      } else if (isTargetPrep(d, p, phrasal)) {
        targets.addAll(Owners.behind(s, c, -1, p, args));
      }
    }
    if (!between.isEmpty()) {
      List<Found> all = new ArrayList<>();
      between.forEach(b -> all.addAll(args.at(b)));
      if (all.size() >= 2 && sources.isEmpty()) {
        sources.add(all.get(0));
        targets.addAll(all.subList(1, all.size()));
      } else {
        targets.addAll(all);
      }
    }
    if (undergone) {
      targets.addAll(0, args.at(described)); // "a village destroyed by troops": the village was acted on
    } else if (described >= 0 && sources.isEmpty()) {
      sources.addAll(args.at(described)); // "troops shelling the city": the troops act
    }
    int patient = converse ? -1 : Participles.passiveSubject(s, i);
    if (patient >= 0 && targets.isEmpty()) {
      targets.addAll(args.at(patient));
    }
    if (targets.isEmpty()) {
      targets.addAll(named);
    }
    if (sources.isEmpty() && kind.equals("noun")) {
      sources.addAll(CountryWords.nationalModifiers(args, i)); // "a Russian missile strike", "US sanctions"
    }
    boolean unnamed = sources.isEmpty() && Subjects.ownSubjectNamesNoActor(s, i, args);
    boolean background = kind.equals("noun") && Subjects.backgroundDeed(s, i, p.code());
    if (sources.isEmpty() && !undergone && !passive && !unnamed && !background) {
      // Only a "by" phrase names who did what a past participle describes, never the clause above.
      sources.addAll(Subjects.fromClauseAbove(s, i, args));
    }
    if (sources.isEmpty() && kind.equals("verb")) {
      sources.addAll(Subjects.mainSubject(s, i, p.code(), args));
    }
    if (sources.isEmpty() && !undergone && !passive && !unnamed && kind.equals("verb")) {
      Found near = Shallow.before(s, i, args);
      if (near != null) {
        sources.add(near);
      }
    }
    if (sources.size() == 2 && targets.isEmpty() && sources.get(0).via() == Found.Via.LEADING_PAIR) {
      targets.add(sources.remove(1)); // "the two leaders met": one met the other
    }
    TargetsAround.fill(s, i, p, args, sources, targets);
    if (converse && sources.isEmpty() && unnamed) {
      // "a move that drew criticism from Israel", "the decision drew condemnation": the criticism is
      // of whoever made the move, its owner or the subject of the clause it is part of.
      sources.addAll(Subjects.ownersOfSubject(s, i, p, args));
    }
    if (converse) {
      // "X received arms from Y": Y acted, X was acted on.
      List<Found> receivers = new ArrayList<>(sources);
      sources.clear();
      sources.addAll(targets);
      targets.clear();
      targets.addAll(receivers);
    }
    return new Roles(sources, targets);
  }

  private static boolean isTargetPrep(Dependency d, Pattern p, boolean phrasal) {
    if (!Frame.isPrepPhrase(d.relation())) {
      return false;
    }
    String prep = d.subtype();
    if (phrasal) {
      return PHRASAL_TARGET_PREPS.contains(prep);
    }
    if (!p.prep().equals("-")) {
      return prep.equals(p.prep());
    }
    // "at" names whom contentious acts hit ("fired at protesters"), elsewhere a place ("met at the summit").
    return TARGET_PREPS.contains(prep) || prep.equals("at") && Roots.CONTENTIOUS.contains(Roots.of(p.code()));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
