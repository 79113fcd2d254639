package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

  private static final LocalDateTime FETCHED = LocalDateTime.of(2025, 6, 15, 12, 0);

  private final PageExtractor extractor = new PageExtractor();

  @Test
  void keepsStoryParagraphsHeadingsAndListsInOrder() throws IOException {
    Extraction e = extract("html/blog-with-furniture.html");
    assertThat(e.text()).startsWith("Residents of Porto Velho voted on Saturday")
        .contains("\n\nA tower with a history\n\n", "Built in 1868 by the port authority\nClosed in 1987")
        .endsWith("said the mayor, who backed the plan.");
  }

  @Test
  void leavesOutCaptionsShareBarsNewslettersTeasersCommentsAndSidebars() throws IOException {
    Extraction e = extract("html/blog-with-furniture.html");
    assertThat(e.text()).doesNotContain("Photo: Gazette archive", "Share on Facebook", "Sign up for our newsletter",
        "ferry company", "Fish market", "grandfather kept", "Storm warning", "All rights reserved",
        "The Coastline Gazette", "By Ines Duarte");
  }

  @Test
  void readsMetadataWithItsProvenance() throws IOException {
    Extraction e = extract("html/blog-with-furniture.html");
    assertThat(e.title()).isEqualTo("Harbour town votes to restore its lighthouse");
    assertThat(e.provenance().get("title").source()).isEqualTo("h1");
    assertThat(e.outlet()).isEqualTo("The Coastline Gazette");
    assertThat(e.authors()).containsExactly("Ines Duarte");
    assertThat(e.published()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(e.provenance().get("published").source()).isEqualTo("meta:article:published_time");
    assertThat(e.url()).isEqualTo("https://coastline.example/news/2025/06/14/lighthouse-vote");
    assertThat(e.language()).isEqualTo("en");
  }

  private Extraction extract(String name) throws IOException {
    try (InputStream in = PageExtractorTest.class.getResourceAsStream(name)) {
      return extractor.extract(in.readAllBytes(), null, FETCHED);
    }
  }
}
