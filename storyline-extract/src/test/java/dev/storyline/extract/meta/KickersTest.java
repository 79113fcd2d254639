package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class KickersTest {

  private static final String HEADLINE = "Talks: Ministers meet in Oslo";

  @Test
  void dropsTheKickerThatAnotherHeadingOfTheSameTextMarksUp() {
    assertThat(markedElsewhere("<h1 itemprop=\"name\">Talks: Ministers meet in Oslo</h1>"
        + "<h2><span class=\"content__kicker\">Talks</span><span class=\"sr-only\">: </span> "
        + "<span class=\"content__title\">Ministers meet in Oslo</span></h2>"))
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void keepsTheWholeHeadlineWhenNoHeadingMarksAKicker() {
    assertThat(markedElsewhere("<h1>Talks: Ministers meet in Oslo</h1><h2>Talks: Ministers meet in Oslo</h2>"))
        .isEqualTo(HEADLINE);
  }

  @Test
  void readsTheHeadlineOfAPageThatMarksItsKickerInASecondHeading() {
    Document page = Jsoup.parse("<meta property=\"og:title\" content=\"Talks: Ministers meet in Oslo\">"
        + "<h1 itemprop=\"name\">Talks: Ministers meet in Oslo</h1>"
        + "<h2><span class=\"kicker\">Talks</span>: <span class=\"title\">Ministers meet in Oslo</span></h2>");
    PageIndex index = PageIndex.of(page);
    assertThat(Titles.find(page, index, MetaTags.of(index), JsonLd.article(index), null).value())
        .isEqualTo("Ministers meet in Oslo");
  }

  /** {@link Kickers#markedElsewhere} on the headings of a page, for the headline they all share. */
  private static String markedElsewhere(String html) {
    return Kickers.markedElsewhere(PageIndex.of(Jsoup.parse(html)).headings, HEADLINE);
  }
}
