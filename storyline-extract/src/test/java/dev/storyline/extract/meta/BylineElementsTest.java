package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylineElementsTest {

  private static boolean candidate(String cls) {
    Element e = Jsoup.parse("<body><section class=\"" + cls + "\">Text</section></body>").selectFirst("section");
    return BylineElements.isCandidate(e, e.normalName(), e.className().toLowerCase(Locale.ROOT), e.attr("itemprop"));
  }

  @Test
  void recognisesCreditClassesByNameOrAuthorFragment() {
    assertThat(candidate("meta vcard")).isTrue();
    assertThat(candidate("Contributors")).isTrue();
    assertThat(candidate("post-meta entry__authors")).isTrue();
    assertThat(candidate("date-author")).isTrue();
  }

  @Test
  void passesOverClassesThatNameNoCredit() {
    assertThat(candidate("entry-content wide")).isFalse();
    assertThat(candidate("author-bio")).isFalse();
    assertThat(candidate("authority-links")).isFalse();
  }

  @Test
  void neverTakesThePageItselfForACredit() {
    Element body = Jsoup.parse("<body class=\"single single-author\"><p>Text</p></body>").body();
    assertThat(BylineElements.isCandidate(body, "body", "single single-author", "")).isFalse();
  }
}
