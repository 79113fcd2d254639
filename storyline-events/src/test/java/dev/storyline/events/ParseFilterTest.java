package dev.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.model.Actor;
import dev.storyline.model.Article;
import dev.storyline.model.EnrichedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only sentences that can hold an event are parsed, and coding loses nothing by it. */
class ParseFilterTest {

  private static final String TEXT = "The weather in Seoul was mild and dry for most of the week. "
      + "South Korea condemned North Korea's missile launch on Tuesday. "
      + "Ticket prices for the festival rose by ten percent.";

  @Test
  void parsesOnlySentencesWithAPredicateAndAnActor() {
    EventCoder coder = new EventCoder(KnowledgeBase.bundled());
    Enricher filtered = new Enricher(Nlp.shared(), KnowledgeBase.bundled(), coder::mayHoldEvent);
    Article a = new Article("a1", null, "test", "Test", TEXT, List.of(), null, LocalDate.of(2026, 3, 3), "en", "h1");
    EnrichedArticle e = filtered.enrich(a);
    assertThat(e.sentences()).hasSize(3);
    assertThat(e.sentences().get(0).dependencies()).isEmpty();
    assertThat(e.sentences().get(1).dependencies()).isNotEmpty();
    assertThat(e.sentences().get(2).dependencies()).isEmpty();
    EnrichedArticle full = new Enricher().enrich(a);
    assertThat(coder.code(e)).extracting(ev -> ev.source().code() + ">" + ev.cameo())
        .isEqualTo(coder.code(full).stream().map(ev -> ev.source().code() + ">" + ev.cameo()).toList())
        .isNotEmpty();
  }

  @Test
  void listsWhatTheCoderHadInEachSentenceCodedOrNot() {
    EventCoder coder = new EventCoder(KnowledgeBase.bundled());
    Enricher filtered = new Enricher(Nlp.shared(), KnowledgeBase.bundled(), coder::mayHoldEvent);
    Article a = new Article("a1", null, "test", "Test", TEXT, List.of(), null, LocalDate.of(2026, 3, 3), "en", "h1");
    List<Ingredients> in = coder.ingredients(filtered.enrich(a));
    assertThat(in).extracting(Ingredients::parsed).containsExactly(false, true, false);
    assertThat(in.get(1).actors()).extracting(Actor::country).contains("KOR", "PRK");
    assertThat(in.get(1).roots()).contains("11");
    assertThat(in.get(2).roots()).doesNotContain("11");
  }
}
