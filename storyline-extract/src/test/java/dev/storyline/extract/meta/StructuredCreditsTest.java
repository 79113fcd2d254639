package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StructuredCreditsTest {

  private static Found<List<String>> credits(String head) {
    Document page = Jsoup.parse("<head>" + head + "</head><body></body>");
    PageIndex index = PageIndex.of(page);
    return StructuredCredits.find(MetaTags.of(index), JsonLd.article(index), c -> Names.people(c, false));
  }

  @Test
  void readsTheNameASummaryCardLabelsAsTheWriter() {
    Found<List<String>> f = credits("<meta name=\"twitter:label1\" content=\"Verfasst von\">"
        + "<meta name=\"twitter:data1\" content=\"Lene Marbach\">"
        + "<meta name=\"twitter:label2\" content=\"Geschätzte Lesezeit\"><meta name=\"twitter:data2\" content=\"9 Minuten\">");
    assertThat(f.value()).containsExactly("Lene Marbach");
  }

  @Test
  void ignoresSummaryCardsWithOtherLabels() {
    assertThat(credits("<meta name=\"twitter:label1\" content=\"Est. reading time\">"
        + "<meta name=\"twitter:data1\" content=\"Nine Minutes\">")).isNull();
  }

  @Test
  void prefersAnAuthorMetaTagToASummaryCard() {
    Found<List<String>> f = credits("<meta name=\"twitter:label1\" content=\"Written by\">"
        + "<meta name=\"twitter:data1\" content=\"Lene Marbach\">"
        + "<meta name=\"shareaholic:article_author_name\" content=\"Otto Brem\">");
    assertThat(f.value()).containsExactly("Otto Brem");
    assertThat(f.source()).isEqualTo("meta:shareaholic:article_author_name");
  }

  @Test
  void takesOnlyAWholeCreditOpeningAsACreditLabel() {
    assertThat(StructuredCredits.isCreditLabel("Written by")).isTrue();
    assertThat(StructuredCredits.isCreditLabel("Escrito por")).isTrue();
    assertThat(StructuredCredits.isCreditLabel("By the way")).isFalse();
    assertThat(StructuredCredits.isCreditLabel("Price")).isFalse();
  }

  @Test
  void readsEveryAuthorTagOfTheFirstKindPresent() {
    assertThat(credits("<meta name=\"author\" content=\"Lene Marbach\"><meta name=\"author\" content=\"Otto Brem\">")
        .value()).containsExactly("Lene Marbach", "Otto Brem");
  }

  @Test
  void joinsGivenAndFamilyNameOfAPersonWithoutAName() {
    assertThat(credits("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
        + "{\"@type\":\"Person\",\"givenName\":\"Lene\",\"familyName\":\"Marbach\"}}</script>").value())
        .containsExactly("Lene Marbach");
  }
}
