package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tag soup built at random: every page gives a result or a one-line refusal, never anything else. */
class RandomPagesTest {

  private static final String[] TAGS = {
    "div", "p", "span", "a", "li", "ul", "h1", "h2", "article", "main", "aside", "nav", "footer", "script", "style",
    "noscript", "table", "td", "tr", "blockquote", "figure", "figcaption", "time", "br", "svg", "template", "form"
  };

  private static final String[] ATTRS = {
    "class=\"share\"", "class=\"entry-content\"", "class=\"comment-list\"", "id=\"sidebar\"", "style=\"display:none\"",
    "hidden", "role=\"navigation\"", "itemprop=\"articleBody\"", "href=\"/author/x/\"", "datetime=\"2024-02-30\"",
    "class=\"date\"", "type=\"application/ld+json\"", "rel=\"author\"", "class=\"byline\""
  };

  private static final String[] TEXT = {
    "The council met on Tuesday and agreed to extend the harbour wall by forty metres.", "By Ana Ruiz and Tom Lee",
    "Updated 3 May 2021, 10:15", "Share", "© 2024 All rights reserved", "{\"@type\":\"NewsArticle\",\"author\":[[[",
    "&amp;&lt;&#x0;&#xD800;&bogus;", "<!--", "-->", "</script>", "vor 3 Stunden", "Related", "今日は東京で会議がありました。",
    "\u0000", "\uFFFD", "http://example.org/2023/12/17/story"
  };

  @Test
  void everyRandomPageGivesAResultOrAOneLineRefusal() {
    long seed = System.nanoTime();
    System.out.println("everyRandomPageGivesAResultOrAOneLineRefusal seed=" + seed);
    Random random = new Random(seed);
    PageExtractor extractor = new PageExtractor();
    for (int i = 0; i < 300; i++) {
      byte[] page = page(random).getBytes(random.nextInt(5) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      try {
        Extraction e = extractor.extract(page, random.nextBoolean() ? null : "https://news.example/a b",
            random.nextBoolean() ? null : LocalDateTime.of(2025, 1, 1, 0, 0));
        assertThat(e.text()).isNotNull();
        assertThat(e.published()).satisfiesAnyOf(d -> assertThat(d).isNull(),
            d -> assertThat(d).isBetween(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.now().plusDays(1)));
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).as("seed %d page %d", seed, i).doesNotContain("\n").isNotBlank();
      }
    }
  }

  private static String page(Random random) {
    StringBuilder out = new StringBuilder("<html><head><title>Quay</title></head><body>");
    int depth = 0;
    int parts = 20 + random.nextInt(200);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> {
          out.append('<').append(TAGS[random.nextInt(TAGS.length)]);
          if (random.nextBoolean()) {
            out.append(' ').append(ATTRS[random.nextInt(ATTRS.length)]);
          }
          out.append('>');
          depth++;
        }
        case 1 -> {
          if (depth > 0 && random.nextBoolean()) {
            out.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
            depth--;
          }
        }
        default -> out.append(TEXT[random.nextInt(TEXT.length)]).append(' ');
      }
    }
    return out.toString();
  }
}
