package dev.storyline.events;

import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.model.Article;
import dev.storyline.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Codes test sentences the way the pipeline does, with one enricher and coder for every test class. */
final class Coding {

  /** The day test sentences are dated: relative dates in them resolve against it. */
  static final LocalDate DAY = LocalDate.of(2026, 3, 18);

  private static final class Loaded {
    static final Enricher ENRICHER = new Enricher();
    static final EventCoder CODER = new EventCoder(KnowledgeBase.bundled());
  }

  private Coding() {}

  /** The events of a text coded as one article published on {@link #DAY}. */
  static List<Event> code(String text) {
    Article a = new Article("a1", null, "test", "t", text, List.of(), null, DAY, "en", "h1");
    return Loaded.CODER.code(Loaded.ENRICHER.enrich(a));
  }

  /** Events as "SOURCE>TARGET RR" (target "-" when there is none, RR the root code). */
  static Set<String> triples(List<Event> events) {
    return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.rootCode())
        .collect(Collectors.toSet());
  }
}
