package dev.storyline.bench.events;

import dev.storyline.bench.Timing;
import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.events.EventCoder;
import dev.storyline.events.Ingredients;
import dev.storyline.model.Actor;
import dev.storyline.model.Article;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.Event;
import dev.storyline.model.Hashes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Storyline's coder over a set's records, as the server codes an article: {@link Enricher} then
 * {@link EventCoder}, one record an article. Times the coding and, in a separate pass over the same
 * texts, the parse alone.
 */
final class CodingRun {

  /** Words of a record's text used as its article's title, which the coder does not read. */
  static final int TITLE_WORDS = 8;

  /** One record's outcome. */
  record Result(GoldSentence sentence, List<Event> events, SentenceMatch match, Ingredients ingredients) {}

  private final List<Result> results = new ArrayList<>();
  private long codingNanos;
  private long parseNanos;
  private int errors;

  private CodingRun() {}

  /**
   * Timed passes of each kind, interleaved (coding, parse, coding, ...) so that drift in the machine's
   * speed falls on both alike; the median of each is reported, so one disturbed pass does not count.
   */
  static final int TIMED_PASSES = 3;

  /**
   * Codes every record: {@code warmUpPasses} untimed passes (which also load the models), then
   * {@link #TIMED_PASSES} timed passes of the coding and as many of the parse alone. The events of the
   * last coding pass are scored; the coder is deterministic, so every pass gives the same.
   */
  static CodingRun of(List<GoldSentence> sentences, int warmUpPasses) {
    CodingRun run = new CodingRun();
    EventCoder coder = new EventCoder(KnowledgeBase.bundled());
    Nlp nlp = Nlp.shared();
    // As the pipeline codes: only sentences that can hold an event are parsed.
    Enricher enricher = new Enricher(nlp, KnowledgeBase.bundled(), coder::mayHoldEvent);
    List<Article> articles = sentences.stream().map(CodingRun::article).toList();
    for (int pass = 0; pass < warmUpPasses; pass++) {
      articles.forEach(a -> run.code(enricher, coder, a));
    }
    List<Coded> coded = new ArrayList<>();
    long[] coding = new long[TIMED_PASSES];
    long[] parse = new long[TIMED_PASSES];
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      coded.clear();
      run.errors = 0;
      long start = System.nanoTime();
      for (Article a : articles) {
        coded.add(run.code(enricher, coder, a));
      }
      coding[pass] = System.nanoTime() - start;
      start = System.nanoTime();
      for (Article a : articles) {
        nlp.annotate(a.text(), a.published());
      }
      parse[pass] = System.nanoTime() - start;
    }
    run.codingNanos = Timing.median(coding);
    run.parseNanos = Timing.median(parse);
    for (int i = 0; i < sentences.size(); i++) {
      GoldSentence s = sentences.get(i);
      Coded c = coded.get(i);
      List<Coding> predicted = c.events().stream().map(Coding::of).toList();
      run.results.add(new Result(s, c.events(), SentenceMatch.of(s.gold(), predicted), ingredients(coder, c)));
    }
    return run;
  }


  /** A record as coded: the enriched article (null when enriching failed) and its events. */
  private record Coded(EnrichedArticle enriched, List<Event> events) {}

  private Coded code(Enricher enricher, EventCoder coder, Article a) {
    EnrichedArticle enriched = null;
    try {
      enriched = enricher.enrich(a);
      return new Coded(enriched, coder.code(enriched));
    } catch (RuntimeException e) {
      errors++; // a record the coder fails on codes nothing, and is counted
      return new Coded(enriched, List.of());
    }
  }

  /**
   * What the coder had to work with in a record, its sentences pooled, read from the article the last
   * timed pass enriched; nothing when enriching or reading it failed.
   */
  private static Ingredients ingredients(EventCoder coder, Coded c) {
    boolean parsed = false;
    Set<Actor> actors = new LinkedHashSet<>();
    Set<String> roots = new TreeSet<>();
    try {
      for (Ingredients i : c.enriched() == null ? List.<Ingredients>of() : coder.ingredients(c.enriched())) {
        parsed |= i.parsed();
        actors.addAll(i.actors());
        roots.addAll(i.roots());
      }
    } catch (RuntimeException e) {
      // counted as an error by the coding pass
    }
    return new Ingredients(parsed, actors, roots);
  }

  /** A record as the article the server would code: its text, its date, no outlet or address. */
  static Article article(GoldSentence s) {
    String[] words = s.text().split(" ");
    String title = String.join(" ", Arrays.asList(words).subList(0, Math.min(TITLE_WORDS, words.length)));
    return new Article(s.id(), null, "gold:" + s.id(), title, s.text(), List.of(), null, s.date(), "en",
        Hashes.sha256Hex(s.text()));
  }

  List<Result> results() {
    return results;
  }

  int errors() {
    return errors;
  }

  /** Records coded a second, parse included. */
  double codingRate() {
    return results.size() / (codingNanos / 1e9);
  }

  /** Records parsed a second by CoreNLP alone. */
  double parseRate() {
    return results.size() / (parseNanos / 1e9);
  }
}
