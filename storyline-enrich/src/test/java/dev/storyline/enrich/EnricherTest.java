package dev.storyline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Actor;
import dev.storyline.model.Article;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Token;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherTest {

  /** A Wednesday: "on Monday" in the text is two days earlier. */
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 18);

  private static Enricher enricher;
  private static EnrichedArticle summit;

  @BeforeAll
  static void enrichFixture() throws Exception {
    enricher = new Enricher();
    String text;
    try (InputStream in = EnricherTest.class.getResourceAsStream("summit.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    summit = enricher.enrich(article("Leaders meet in Beijing", text, PUBLISHED));
  }

  @Test
  void splitsSentencesWithOffsetsIntoTheText() {
    assertThat(summit.sentences()).hasSize(3);
    var s = summit.sentences().get(1);
    assertThat(summit.article().text().substring(s.begin(), s.end())).isEqualTo(s.text()).startsWith("Lee told reporters");
    assertThat(s.dependencies()).isNotEmpty();
    assertThat(s.tokens()).extracting(Token::lemma).contains("tell", "agree");
  }

  @Test
  void resolvesLeadersFromTheKnowledgeBase() {
    assertThat(actor("Lee Jae Myung")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("KORGOV"));
    assertThat(actor("Xi Jinping")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("CHNGOV"));
  }

  @Test
  void resolvesShortMentionsToTheFullActor() {
    EntityMention lee = mentionAt(1, "Lee");
    assertThat(lee.actor().name()).isEqualTo("Lee Jae Myung");
    EntityMention leader = summit.entities().stream().filter(m -> m.text().endsWith("leader")).findFirst().orElseThrow();
    assertThat(leader.actor().name()).isEqualTo("Lee Jae Myung");
  }

  @Test
  void givesAnUnknownPersonTheCountryAndRoleOfTheTitle() {
    EntityMention m = mentionAt(2, "Kaito Mizuhara");
    assertThat(m.actor().country()).isEqualTo("JPN");
    assertThat(m.actor().role()).isEqualTo("GOV");
  }

  @Test
  void givesAgentsTheCountryOfTheirPossessor() {
    EntityMention m = summit.entities().stream().filter(e -> e.text().contains("foreign ministry")).findFirst().orElseThrow();
    assertThat(m.actor().code()).isEqualTo("KORGOV");
  }

  @Test
  void resolvesRelativeDatesAgainstPublication() {
    Token monday = summit.sentences().get(0).tokens().stream().filter(t -> t.word().equals("Monday")).findFirst().orElseThrow();
    assertThat(monday.normalized()).isEqualTo("2026-03-16");
  }

  @Test
  void scoresToneByDirection() {
    EnrichedArticle good = enricher.enrich(article("Good", "The ministers praised the successful agreement and welcomed the peaceful progress of the talks.", null));
    EnrichedArticle bad = enricher.enrich(article("Bad", "The attack killed dozens and the ministers condemned the brutal violence and destruction.", null));
    assertThat(good.tone()).isPositive();
    assertThat(bad.tone()).isNegative();
  }

  @Test
  void assignsTopicsFromTheTaxonomy() {
    EnrichedArticle trade = enricher.enrich(article("Tariffs", "The government raised tariffs on steel imports and exporters warned of a trade war. "
        + "Customs officials said the new import duties would hit car exports.", null));
    assertThat(trade.topics()).first().isEqualTo("trade");
    assertThat(enricher.topics().labels()).hasSizeBetween(15, 25);
  }

  private static Optional<Actor> actor(String name) {
    return summit.entities().stream().map(EntityMention::actor).filter(a -> a != null && a.name().equals(name)).findFirst();
  }

  private static EntityMention mentionAt(int sentence, String text) {
    List<EntityMention> found = summit.entities().stream().filter(m -> m.sentence() == sentence && m.text().equals(text)).toList();
    assertThat(found).as("mention '%s' in sentence %d of %s", text, sentence, summit.entities()).isNotEmpty();
    return found.get(0);
  }

  static Article article(String title, String text, LocalDate published) {
    return new Article("a-" + Math.abs(text.hashCode()), null, "test", title, text, List.of(), null, published, "en", "h" + text.hashCode());
  }
}
