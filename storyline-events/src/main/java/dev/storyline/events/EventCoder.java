package dev.storyline.events;

import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import dev.storyline.model.Place;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the events of an article from its dependency parse: a predicate from the verb lexicon, its
 * subject as source, its object or prepositional object as target, with negation and intent handled.
 * Thread-safe.
 */
public final class EventCoder {

  /** How far up the parse a predicate without a subject looks for one ("aimed at enhancing" → "leaders"). */
  static final int MAX_SUBJECT_HOPS = 4;

  /**
   * Roots whose countryless actors take the country of the place they act in: protest, force
   * posture, coercion, assault, fighting and mass violence happen among the people of a place.
   */
  private static final Set<String> LOCAL_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

  /** Roots that make sense without a target: protests, force postures, coercion and violence. */
  private static final Set<String> TARGETLESS_ROOTS = LOCAL_ROOTS;

  private static final Set<String> INTENT_VERBS = Set.of(
      "plan", "intend", "vow", "pledge", "promise", "seek", "aim", "hope", "want", "expect", "prepare", "threaten");
  /** Pronouns that, as subject of a reported or embedded clause, refer to the subject of the clause above. */
  private static final Set<String> REFERRING = Set.of("it", "they", "he", "she", "we");
  /**
   * Roots whose target may be the subject of a reported clause: demands and disapproval ("demanded
   * that Israel withdraw", "accused ... that Russia had ...") are aimed at whoever the clause is about.
   */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("10", "11");
  private static final Set<String> SUBJECT_LINKS = Set.of("xcomp", "advcl", "acl", "conj", "ccomp", "obl", "nmod", "obj", "acl:relcl");

  private final CameoCodes codes;
  private final Lexicon lexicon;
  private final Locations locations;
  private final Territory territory;

  public EventCoder(KnowledgeBase kb) {
    this.codes = new CameoCodes();
    this.lexicon = new Lexicon(codes);
    this.locations = new Locations(kb);
    this.territory = new Territory(kb);
  }

  public CameoCodes codes() {
    return codes;
  }

  /**
   * Whether a tagged sentence can hold an event, so is worth parsing: it has a predicate of the
   * lexicon, and an actor, or a pronoun or group noun ("the two leaders") that may stand for one.
   * Use as the enricher's {@link dev.storyline.enrich.ParseFilter}.
   */
  public boolean mayHoldEvent(Sentence s, boolean hasActor) {
    boolean predicate = false;
    boolean standIn = hasActor;
    for (Token t : s.tokens()) {
      predicate |= t.isVerb() && lexicon.has("verb", t.lemma()) || t.isNoun() && lexicon.has("noun", t.lemma());
      standIn |= t.pos().startsWith("PRP") || Arguments.GROUP_NOUNS.contains(t.lemma());
    }
    return predicate && standIn;
  }

  /** Every event the article's sentences report, one record per sentence and predicate. */
  public List<Event> code(EnrichedArticle article) {
    List<Actor> pair = leadingPair(article.entities());
    Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    for (EntityMention m : article.entities()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Event> out = new ArrayList<>();
    Actor lastPerson = null;
    for (Sentence s : article.sentences()) {
      List<EntityMention> ms = bySentence.getOrDefault(s.index(), List.of());
      if (!s.dependencies().isEmpty()) {
        Arguments args = new Arguments(s, ms, lastPerson, pair);
        List<List<Event>> byToken = new ArrayList<>();
        for (Token t : s.tokens()) {
          byToken.add(codePredicate(article, s, t, args, ms));
        }
        Set<Integer> repeated = phraseNouns(s, byToken);
        for (int i = 0; i < byToken.size(); i++) {
          if (!repeated.contains(i)) {
            out.addAll(byToken.get(i));
          }
        }
      }
      for (EntityMention m : ms) {
        if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
          lastPerson = m.actor();
        }
      }
    }
    return out;
  }

  /**
   * Nouns in the phrase of a coded verb whose lexicon line names its object: "launched attacks",
   * "carried out an attack", "claimed responsibility for the attack" report one event, the verb's.
   */
  private Set<Integer> phraseNouns(Sentence s, List<List<Event>> byToken) {
    Set<Integer> out = new HashSet<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || byToken.get(v.index()).isEmpty()) {
        continue;
      }
      Frame f = Frame.of(s, v.index());
      Pattern p = lexicon.match("verb", v.lemma(), f.preps(), f.objects());
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

  private List<Event> codePredicate(EnrichedArticle article, Sentence s, Token t, Arguments args, List<EntityMention> ms) {
    String kind = t.isVerb() && lexicon.has("verb", t.lemma()) ? "verb"
        : t.isNoun() && lexicon.has("noun", t.lemma()) ? "noun" : null;
    if (kind == null) {
      return List.of();
    }
    Frame frame = Frame.of(s, t.index());
    Set<String> preps = frame.preps();
    Set<String> objects = new HashSet<>(frame.objects());
    boolean negated = frame.negated();
    boolean future = frame.future();
    int undergoer = Participles.passive(s, t.index()) ? Participles.described(s, t.index()) : -1;
    undergoer = undergoer >= 0 ? undergoer : Participles.passiveSubject(s, t.index());
    if (undergoer >= 0) {
      objects.add(s.tokens().get(undergoer).lemma()); // "prisoners released by X" match as "released prisoners"
    }
    Dependency head = s.head(t.index());
    boolean wished = head != null && head.relation().equals("xcomp") && head.governor() >= 0
        && INTENT_VERBS.contains(s.tokens().get(head.governor()).lemma());
    if (wished && s.children(head.governor()).stream().anyMatch(d -> d.relation().equals("obj"))) {
      return List.of(); // "X wants Y to attack Z": Y neither did nor promised it; the wish is X's appeal to Y
    }
    boolean intent = future || wished;
    boolean actionAsIntent = false;
    Pattern p = negated ? lexicon.match("neg", t.lemma(), preps, objects)
        : intent ? lexicon.match("intent", t.lemma(), preps, objects)
        : lexicon.match(kind, t.lemma(), preps, objects);
    if (p == null && intent && !negated) {
      // No intent line: a promise of the action is CAMEO's intent code for it ("will supply arms": 0332).
      Pattern action = lexicon.match(kind, t.lemma(), preps, objects);
      if (action != null) {
        p = new Pattern(action.kind(), action.lemma(), action.prep(), action.object(), Intents.of(action.code()));
        actionAsIntent = true;
      }
    }
    if (p == null) {
      return List.of();
    }
    List<Arguments.Found> sources = new ArrayList<>();
    List<Arguments.Found> targets = new ArrayList<>();
    fillArguments(s, t.index(), kind, p, args, sources, targets);
    if (sources.isEmpty()) {
      return List.of();
    }
    String root = p.code().substring(0, 2);
    Place where = locations.of(s, t.index(), ms);
    Arguments.Found territory = null;
    List<Arguments.Found[]> roles = new ArrayList<>();
    if (targets.isEmpty() && Reciprocity.mutual(t.lemma(), p.object())) {
      roles.addAll(Reciprocity.pairs(sources)); // "France and Germany met": each met the other
    }
    if (roles.isEmpty()) {
      boolean travel = root.equals(Territory.TRAVEL_ROOT) && Territory.TRAVEL_VERBS.contains(t.lemma());
      if (targets.isEmpty() && (Territory.TERRITORIAL_ROOTS.contains(root) || travel)) {
        territory = this.territory.target(s, t.index(), ms);
        if (territory != null) {
          targets.add(territory);
        }
      }
      if (targets.isEmpty() && !TARGETLESS_ROOTS.contains(root)) {
        return List.of();
      }
      if (targets.isEmpty()) {
        targets.add(null);
      }
      for (Arguments.Found src : sources) {
        for (Arguments.Found tgt : targets) {
          roles.add(new Arguments.Found[] {src, tgt});
        }
      }
    }
    LocalDate when = Dates.of(s, t.index(), article.article().published());
    // A visitor is not of the country visited: only force acting on a territory lends its country.
    Actor land = territory == null || !Territory.TERRITORIAL_ROOTS.contains(root) ? null : territory.actor();
    // Police, protesters and troops who clash, strike or fight are of the place; envoys who meet
    // there are not ("negotiators met in Geneva" are not Swiss).
    Place local = LOCAL_ROOTS.contains(root) ? where : null;
    List<Event> out = new ArrayList<>();
    for (Arguments.Found[] role : roles) {
      Arguments.Found src = role[0];
      Arguments.Found tgt = role[1];
      Actor source = Territory.localised(src.actor(), local, land);
      Actor target = tgt == null ? null : Territory.localised(tgt.actor(), local, land);
      // An actor acting on itself ("the Council ... the United Nations") is a parse or resolution slip.
      if (target != null && (source.code().equals(target.code()) || src.token() == tgt.token())) {
        continue;
      }
      double confidence = confidence(src, tgt, t.index(), s);
      String why = kind + " '" + t.word() + "'" + (negated ? " negated" : intent ? " as intent" : "")
          + " matched " + p.kind() + " " + p.lemma() + (p.prep().equals("-") ? "" : " +" + p.prep())
          + (p.object().equals("*") ? "" : " obj=" + p.object()) + " -> " + p.code()
          + (actionAsIntent ? " (no intent line: the action's intent code)" : "") + " (" + codes.name(p.code()) + ")"
          + "; source: " + src.how() + (tgt == null ? "" : "; target: " + tgt.how())
          + (source != src.actor() || target != null && target != tgt.actor() ? "; countries from " + (where != null ? "'" + where.name() + "'" : "the place acted on") : "");
      EventMention mention = new EventMention(article.article().id(), s.index(), s.text(), s.begin(), s.end());
      String id = Ids.event(article.article().id(), s.index(), t.index(), source.code(),
          target == null ? "" : target.code(), p.code());
      out.add(new Event(id, when, source, target, p.code(), CameoCodes.quadClass(p.code()),
          codes.goldstein(p.code()), where, List.of(mention), confidence, why));
    }
    return out;
  }

  private void fillArguments(Sentence s, int i, String kind, Pattern p, Arguments args,
      List<Arguments.Found> sources, List<Arguments.Found> targets) {
    List<Dependency> children = s.children(i);
    List<Integer> between = new ArrayList<>();
    boolean converse = p.kind().equals(Lexicon.CONVERSE);
    List<Arguments.Found> named = new ArrayList<>();
    int described = converse ? -1 : Participles.described(s, i);
    boolean undergone = described >= 0 && Participles.passive(s, i);
    for (Dependency d : children) {
      String rel = d.relation();
      int c = d.dependent();
      if (c == described) {
        continue; // the misparsed subject of a reduced relative: it underwent the act
      } else if (undergone && rel.equals("obl:by")) {
        sources.addAll(args.at(c));
      } else if (rel.equals("nsubj") && REFERRING.contains(s.tokens().get(c).lemma()) && s.tokens().get(c).pos().startsWith("PRP")) {
        // "Russia said it would ...": a pronoun subject of a reported clause is the reporter.
        inheritSubject(s, i, args, sources);
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
        boolean patternNoun = lemma.equals(p.object()) || lemma.equals(p.object() + "s");
        if (!converse && !patternNoun) {
          List<Arguments.Found> direct = args.at(c);
          // "condemned North Korea's launch", "the launch by North Korea": whoever did the thing
          // acted on is the target when the thing is no actor.
          targets.addAll(direct.isEmpty() ? owners(s, c, args) : direct);
        } else if (!converse) {
          named.addAll(args.at(c));
        }
        for (Dependency g : s.children(c)) {
          if (isTargetPrep(g.relation(), p)) {
            targets.addAll(args.at(g.dependent()));
          }
        }
      } else if (isTargetPrep(rel, p)) {
        targets.addAll(args.at(c));
      }
    }
    if (!between.isEmpty()) {
      List<Arguments.Found> all = new ArrayList<>();
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
    if (sources.isEmpty() && !undergone) {
      // Only a "by" phrase names who did what a past participle describes, never the clause above.
      inheritSubject(s, i, args, sources);
    }
    if (sources.size() == 2 && targets.isEmpty() && sources.get(0).how().contains("two leading")) {
      targets.add(sources.remove(1)); // "the two leaders met": one met the other
    }
    if (targets.isEmpty() && CLAUSE_TARGET_ROOTS.contains(p.code().substring(0, 2))) {
      // "Iran alleged that Israel had ...": the accused is the subject of the reported clause.
      for (Dependency d : children) {
        if (d.relation().equals("ccomp")) {
          for (Dependency g : s.children(d.dependent())) {
            if (g.relation().equals("nsubj") || g.relation().equals("nsubj:pass")) {
              targets.addAll(args.at(g.dependent()));
            }
          }
        }
      }
    }
    if (converse) {
      // "X received arms from Y": Y acted, X was acted on.
      List<Arguments.Found> receivers = new ArrayList<>(sources);
      sources.clear();
      sources.addAll(targets);
      targets.clear();
      targets.addAll(receivers);
    }
  }

  /** Relations that name who owns or did what a noun names. */
  private static final Set<String> OWNER_LINKS = Set.of("nmod:poss", "nmod:agent", "nmod:by");

  /** The actors who own or did what the noun at {@code noun} names. */
  private static List<Arguments.Found> owners(Sentence s, int noun, Arguments args) {
    List<Arguments.Found> out = new ArrayList<>();
    for (Dependency g : s.children(noun)) {
      if (OWNER_LINKS.contains(g.relation())) {
        out.addAll(args.at(g.dependent()));
      }
    }
    return out;
  }

  private static boolean isTargetPrep(String rel, Pattern p) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod")) || rel.equals("nmod:poss")) {
      return false;
    }
    String prep = rel.substring(colon + 1);
    return p.prep().equals("-") ? Set.of("with", "to", "against", "on", "toward", "towards", "from").contains(prep)
        : prep.equals(p.prep());
  }

  /** A predicate without its own subject takes the subject of the clause it hangs from. */
  private static void inheritSubject(Sentence s, int i, Arguments args, List<Arguments.Found> sources) {
    int current = i;
    for (int hop = 0; hop < MAX_SUBJECT_HOPS && sources.isEmpty(); hop++) {
      Dependency up = s.head(current);
      if (up == null || up.governor() < 0 || !SUBJECT_LINKS.contains(up.baseRelation()) && !SUBJECT_LINKS.contains(up.relation())) {
        return;
      }
      current = up.governor();
      for (Dependency d : s.children(current)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
          for (Arguments.Found f : args.at(d.dependent())) {
            sources.add(new Arguments.Found(f.actor(), f.how() + " (subject of '" + s.tokens().get(current).word() + "')", f.token()));
          }
        }
      }
    }
  }

  private static double confidence(Arguments.Found src, Arguments.Found tgt, int predicate, Sentence s) {
    double c = 0.5;
    if (!src.how().contains("subject of") && !src.how().contains("pronoun")) {
      c += 0.2;
    }
    if (tgt != null) {
      c += 0.15;
    }
    if (src.how().contains("pronoun") || src.how().contains("two leading")) {
      c -= 0.1;
    }
    if (s.tokens().size() > 50) {
      c -= 0.1; // long sentences parse worse
    }
    return Math.max(0.05, Math.min(0.95, c));
  }

  /** The two office holders of different countries the article names most: "the two leaders". */
  static List<Actor> leadingPair(List<EntityMention> mentions) {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      Actor a = m.actor();
      if (a != null && a.kind() == ActorKind.PERSON && a.country() != null) {
        counts.merge(a, 1, Integer::sum);
      }
    }
    List<Actor> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    for (Actor second : ranked.subList(Math.min(1, ranked.size()), ranked.size())) {
      if (!second.country().equals(ranked.get(0).country())) {
        return List.of(ranked.get(0), second);
      }
    }
    return List.of();
  }
}
