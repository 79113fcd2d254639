package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ProseFallbackTest {

  private static final String STORY = "<p>The regional council approved the new tram line on Thursday after a debate"
      + " that lasted most of the afternoon and ended in a narrow vote.</p>"
      + "<p>Work on the first section is due to start in the spring, and the line should open to passengers"
      + " within four years if the budget holds.</p>"
      + "<p>Opponents said the money would be better spent on buses, which reach the outlying villages the"
      + " tram will never serve.</p>"
      + "<p>The mayor called the vote a turning point for the city and promised a public meeting in every"
      + " district the line will cross before the first tree is cut.</p>";

  /** Links enough that the story holds under the share of the page that makes a container its spine. */
  private static final String MENU = "<ul class=\"topics\"><li><a href=\"/a\">Politics</a></li><li><a href=\"/b\">Sport"
      + "</a></li><li><a href=\"/c\">Weather</a></li><li><a href=\"/d\">Culture</a></li></ul>";

  @Test
  void findsStoryWrappedInAContainerNamedForSharing() {
    String html = "<html><body>" + MENU.repeat(12) + "<div class=\"abstract\"><p>Tram line approved after a long debate.</p></div>"
        + "<div class=\"documentContent__sharingContainer\">" + STORY + "</div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null))
        .contains("narrow vote", "within four years", "outlying villages");
  }

  @Test
  void findsStoryInAVideoCaptionWhenThePageHasNoOtherProse() {
    String html = "<html><body>" + MENU.repeat(12) + "<article><div class=\"video-player\">Video 2:31 min</div>"
        + "<div class=\"item-caption\">" + STORY + "</div></article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("narrow vote", "outlying villages");
  }

  @Test
  void leavesSharingBoxOutWhenTheContainerHoldsTheStory() {
    String html = "<html><body><article>" + STORY + "<div class=\"sharing\"><p>Share this article with your friends"
        + " and family on the social network of your choice today.</p></div></article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("narrow vote").doesNotContain("Share this");
  }

  @Test
  void neverTakesReadersCommentsForAMissedStory() {
    String comment = "<p>I have lived here for thirty years and nobody ever asked us what we wanted for the"
        + " neighbourhood, so this vote is no surprise to me at all.</p>";
    String html = "<html><body>" + MENU.repeat(12) + "<div class=\"post\"><p>Tram line approved.</p></div>"
        + "<div class=\"comment-list\">"
        + comment + comment.replace("thirty", "forty") + comment.replace("thirty", "fifty") + "</div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).doesNotContain("nobody ever asked");
  }
}
