package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TeasersTest {

  @Test
  void keepsShortPostWhoseBodyOpensWithALinkBelowItsLinkedTitle() {
    String html = "<html><body><div class=\"post\"><h1><a href=\"/p\">Three odd places in town</a></h1>"
        + "<div class=\"body\"><p><a href=\"/v\">To the video</a></p>"
        + "<p>I have lived in this city for nine years now and have seen plenty of odd things.</p>"
        + "<p>Today I show you three of the oddest places, all within reach of the suburban railway.</p></div></div>"
        + "<div class=\"post\"><p><a href=\"/n\">Next post: what happens here anyway?</a></p></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("nine years now", "three of the oddest places");
  }

  @Test
  void dropsBlurbsOfCardsListedBesideEachOther() {
    String card = "<div class=\"card\"><h3><a href=\"/x\">Harbour festival draws record crowds to the quay</a></h3>"
        + "<p>Visitors queued for hours at the gates, and the organisers will add a second weekend.</p></div>";
    String html = "<html><body><article><p>The regional council approved the new tram line on Thursday after a debate"
        + " that lasted most of the afternoon and ended in a narrow vote.</p></article>"
        + "<section>" + card + card + "</section></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("new tram line").doesNotContain("queued for hours");
  }
}
