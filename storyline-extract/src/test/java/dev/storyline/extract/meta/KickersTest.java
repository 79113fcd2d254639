package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class KickersTest {

  @Test
  void dropsTheKickerThatAnotherHeadingOfTheSameTextMarksUp() {
    Document page = Jsoup.parse("<h1 itemprop=\"name\">Talks: Ministers meet in Oslo</h1>"
        + "<h2><span class=\"content__kicker\">Talks</span><span class=\"sr-only\">: </span> "
        + "<span class=\"content__title\">Ministers meet in Oslo</span></h2>");
    PageIndex index = PageIndex.of(page);
    assertThat(Kickers.markedElsewhere(index.headings, "Talks: Ministers meet in Oslo"))
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void keepsTheWholeHeadlineWhenNoHeadingMarksAKicker() {
    Document page = Jsoup.parse("<h1>Talks: Ministers meet in Oslo</h1><h2>Talks: Ministers meet in Oslo</h2>");
    PageIndex index = PageIndex.of(page);
    assertThat(Kickers.markedElsewhere(index.headings, "Talks: Ministers meet in Oslo"))
        .isEqualTo("Talks: Ministers meet in Oslo");
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
}
