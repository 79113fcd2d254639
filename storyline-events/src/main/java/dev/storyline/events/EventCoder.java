package dev.storyline.events;

import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import dev.storyline.model.Place;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Codes the events of an article from its dependency parse: a predicate from the verb lexicon, its
 * subject as source, its object or prepositional object as target, with negation and intent handled.
 * Thread-safe.
 */
public final class EventCoder {

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
      predicate |= t.isVerb() && lexicon.hasVerb(t.lemma()) || t.isNoun() && lexicon.has("noun", t.lemma());
      standIn |= t.pos().startsWith("PRP") || LeadingPair.GROUP_NOUNS.contains(t.lemma());
    }
    return predicate && standIn;
  }

  /** What the coder had to work with in each of the article's sentences, for diagnosing what it missed. */
  public List<Ingredients> ingredients(EnrichedArticle article) {
    return Ingredients.of(article, lexicon, locations);
  }

  /** Every event the article's sentences report, one record per sentence and predicate. */
  public List<Event> code(EnrichedArticle article) {
    List<Event> out = new ArrayList<>();
    for (Arguments args : Arguments.ofArticle(article, locations)) {
      Sentence s = args.sentence();
      if (s.dependencies().isEmpty()) {
        continue;
      }
      List<List<Event>> byToken = new ArrayList<>();
      for (Token t : s.tokens()) {
        byToken.add(codePredicate(article, s, t, args, args.mentions()));
      }
      Set<Integer> repeated = Repeats.of(s, byToken, lexicon);
      for (int i = 0; i < byToken.size(); i++) {
        if (!repeated.contains(i)) {
          out.addAll(byToken.get(i));
        }
      }
    }
    return out;
  }

  private List<Event> codePredicate(EnrichedArticle article, Sentence s, Token t, Arguments args, List<EntityMention> ms) {
    PredicateMatch match = PredicateMatch.of(s, t, lexicon, args);
    if (match == null) {
      return List.of();
    }
    Pattern p = match.pattern();
    String kind = match.kind();
    Roles found = Roles.of(s, t.index(), kind, p, args);
    List<Found> sources = found.sources();
    List<Found> targets = new ArrayList<>(found.targets());
    if (sources.isEmpty()) {
      return List.of();
    }
    String root = match.root();
    Place where = locations.of(s, t.index(), ms);
    Found territory = null;
    List<Found[]> roles = new ArrayList<>();
    roles.addAll(Reciprocity.among(t.lemma(), p, sources, targets)); // "France and Germany met": each met the other
    if (roles.isEmpty()) {
      boolean travel = root.equals(Territory.TRAVEL_ROOT) && Territory.TRAVEL_VERBS.contains(t.lemma());
      boolean yielding = root.equals(Territory.YIELD_ROOT);
      if (targets.isEmpty() && (Territory.TERRITORIAL_ROOTS.contains(root) || travel || yielding)) {
        territory = this.territory.target(s, t.index(), p, ms, yielding);
        if (territory != null) {
          targets.add(territory);
        }
      }
      // Only a verb: a bare protest noun under another verb ("arrested him during a protest") is background.
      boolean protest = root.equals(Territory.PROTEST_ROOT) && kind.equals("verb") && targets.isEmpty();
      Found protested = protest ? this.territory.protested(where, t.index()) : null;
      // "Thousands of Georgians rallied in Tbilisi": a country does not protest to itself.
      if (protested != null && sources.stream().noneMatch(f -> f.actor().code().equals(protested.actor().code()))) {
        targets.add(protested);
      }
      if (targets.isEmpty() && !Roots.targetless(p.code())) {
        return List.of();
      }
      if (targets.isEmpty() && kind.equals("noun") && sources.stream().allMatch(f -> f.via() == Found.Via.CLAUSE_ABOVE)) {
        return List.of(); // "claimed responsibility for the attack": a bare noun under another verb is that verb's business
      }
      if (targets.isEmpty()) {
        targets.add(null);
      }
      for (Found src : sources) {
        for (Found tgt : targets) {
          roles.add(new Found[] {src, tgt});
        }
      }
    }
    LocalDate when = Dates.of(s, t.index(), article.article().published());
    // A visitor is not of the country visited: only force acting on a territory lends its country.
    Actor land = territory == null || !Territory.TERRITORIAL_ROOTS.contains(root) ? null : territory.actor();
    // Police, protesters and troops who clash, strike or fight are of the place; envoys who meet
    // there are not ("negotiators met in Geneva" are not Swiss).
    Place local = Roots.CONTENTIOUS.contains(root) ? where : null;
    List<Event> out = new ArrayList<>();
    boolean countried = roles.stream().anyMatch(r -> r[1] != null && Territory.localised(r[1].actor(), local, land).country() != null);
    for (Found[] role : roles) {
      Found src = role[0];
      Found tgt = role[1];
      Actor source = Territory.localised(src.actor(), local, land);
      Actor target = tgt == null ? null : Territory.localised(tgt.actor(), local, land);
      if (AgentTargets.outranked(target, countried) || AgentTargets.ownCountry(source, target, root)) {
        continue;
      }
      target = target == null ? null : AgentTargets.housed(target, source, root);
      // An actor acting on itself ("the Council ... the United Nations") is a parse or resolution slip;
      // an agent of the source's own country is not ("Turkish authorities detained the mayor of Istanbul").
      boolean sameWords = tgt != null && src.token() == tgt.token() && src.via() != Found.Via.LEADING_PAIR;
      boolean compatriot = target != null && target.kind() == ActorKind.AGENT
          && !target.name().equalsIgnoreCase(source.name());
      if (target != null && (source.code().equals(target.code()) && !compatriot || sameWords)) {
        continue;
      }
      double confidence = confidence(src, tgt, s);
      String code = Assaults.code(p.code(), source, target);
      String why = match.describe(t.word(), codes) + (code.equals(p.code()) ? "" : "; unconventional violence -> " + code)
          + "; source: " + src.how() + (tgt == null ? "" : "; target: " + tgt.how())
          + (source != src.actor() || target != null && target != tgt.actor() ? "; countries from " + (where != null ? "'" + where.name() + "'" : "the place acted on") : "");
      EventMention mention = new EventMention(article.article().id(), s.index(), s.text(), s.begin(), s.end());
      String id = Ids.event(article.article().id(), s.index(), t.index(), source.code(),
          target == null ? "" : target.code(), code);
      out.add(new Event(id, when, source, target, code, CameoCodes.quadClass(code),
          codes.goldstein(code), where, List.of(mention), confidence, why));
    }
    return out;
  }

  /** How far an event is trusted: its source's evidence, whether it has a target, how long the sentence is. */
  private static double confidence(Found src, Found tgt, Sentence s) {
    double c = 0.5 + switch (src.via()) {
      case NAMED, PLACE -> 0.2;
      case LEADING_PAIR -> 0.1;
      case CLAUSE_ABOVE -> 0.0;
      case PRONOUN, NEAREST -> -0.1;
    };
    if (tgt != null) {
      c += 0.15;
    }
    if (s.tokens().size() > 50) {
      c -= 0.1; // long sentences parse worse
    }
    return Math.max(0.05, Math.min(0.95, c));
  }
}
