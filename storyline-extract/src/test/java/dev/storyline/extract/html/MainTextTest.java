package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {

  private static final String PROSE = "<p>The regional council approved the new tram line on Thursday after a debate"
      + " that lasted most of the afternoon and ended in a narrow vote.</p>";

  @Test
  void dropsTeaserCardsThatComeInLists() {
    String card = "<div class=\"item\"><h3><a href=\"/x\">Another headline about the city budget for next year</a></h3>"
        + "<p>A short blurb that reads like prose but belongs to a different story entirely, as teasers do.</p></div>";
    String html = "<html><body><div class=\"story\">" + PROSE + PROSE.replace("Thursday", "Friday") + "</div>"
        + "<div class=\"list\">" + card + card + card + "</div></body></html>";
    String text = MainText.extract(Jsoup.parse(html), null);
    assertThat(text).contains("approved the new tram line on Thursday", "on Friday").doesNotContain("short blurb");
  }

  @Test
  void keepsShortStoryBesideNextAndPreviousLinks() {
    String html = "<html><body><div class=\"post\">" + PROSE
        + "<div class=\"nav-links\"><div class=\"prev\"><a href=\"/p\">Previous post about the old bus timetable</a></div>"
        + "<div class=\"next\"><a href=\"/n\">Next post about the harbour festival in June</a></div></div>"
        + "</div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("approved the new tram line");
  }

  @Test
  void relatedBoxInsideStoryDoesNotEndIt() {
    String html = "<html><body><article>" + PROSE + "<h3>Related</h3>"
        + PROSE.replace("Thursday", "Saturday") + PROSE.replace("Thursday", "Sunday") + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("Saturday", "Sunday").doesNotContain("Related");
  }

  @Test
  void keepsArticleInsideContainerNamedAfterLayoutFurniture() {
    String html = "<html><body><div class=\"container has-sidebar header-style-2\"><main><div class=\"entry-content\">"
        + PROSE + "</div></main><div class=\"sidebar\"><p>Sidebar text with enough words to look like a sentence here.</p>"
        + "</div></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("approved the new tram line").doesNotContain("Sidebar");
  }

  @Test
  void countsChineseAndJapaneseSentencesAsProse() {
    String html = "<html><body><div><p>今日は東京で新しい図書館が開館しました。多くの市民が訪れました。</p>"
        + "<p>館長は本の数を増やすと話しました。来年には子ども向けの部屋もできます。</p></div>"
        + "<ul><li><a href=\"/a\">ホーム</a></li><li><a href=\"/b\">ニュース</a></li></ul></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("新しい図書館", "子ども向け").doesNotContain("ホーム");
  }

  @Test
  void dropsTickerOfListItemsThatOpenWithLinkedHeadlines() {
    String item = "<li><a href=\"/n\">Council adopts budget after long night of talks</a> CITY HALL: The council adopted"
        + " its budget early on Friday after eleven hours of debate and several amendments.</li>";
    String html = "<html><body><ul class=\"ticker\">" + item + item + item + item + "</ul><div>" + PROSE + "</div>"
        + "</body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("approved the new tram line")
        .doesNotContain("adopted its budget");
  }

  @Test
  void dropsCardsWhoseHeadlineSitsDeepInsideTheRepeatedElement() {
    String card = "<li><div class=\"a\"><div class=\"b\"><h5><a href=\"/x\">What made the winter festival so popular"
        + "</a></h5></div><div class=\"c\"><div class=\"d\">Crowds queued for hours at the gates, and the organisers"
        + " say they will add a second weekend next year.</div></div></div></li>";
    String html = "<html><body><div>" + PROSE + PROSE.replace("Thursday", "Friday") + PROSE.replace("Thursday", "Monday")
        + "</div><ul>" + card + card + card + "</ul></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Monday").doesNotContain("Crowds queued");
  }

  @Test
  void readsStorySplitIntoSiblingColumnsButNotTheSidebarBesideThem() {
    String html = "<html><body><div class=\"page\"><div class=\"col\">" + PROSE + PROSE.replace("Thursday", "Friday")
        + PROSE.replace("Thursday", "Monday") + "</div><div class=\"col\">" + PROSE.replace("Thursday", "Tuesday")
        + "</div><div class=\"rail\"><ul><li><a href=\"/a\">Weather</a></li><li><a href=\"/b\">Traffic</a></li>"
        + "<li><a href=\"/c\">Sport results</a></li></ul></div></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Monday", "on Tuesday").doesNotContain("Weather");
  }

  @Test
  void keepsStoryParagraphsInsideASectionMarkedUpAsHeader() {
    String html = "<html><body><main><section><article><header class=\"description\"><h2>Season opener</h2>"
        + PROSE + PROSE.replace("Thursday", "Friday") + PROSE.replace("Thursday", "Saturday")
        + "</header></article></section></main></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Thursday", "on Friday", "on Saturday");
  }

  @Test
  void leavesOutArticleHeaderWithItsStandfirst() {
    String html = "<html><body><article><header><h1>Tram line approved</h1><p class=\"intro\">After years of argument the"
        + " city will finally build its first tram line, and work could begin as early as next spring.</p></header>"
        + PROSE + PROSE.replace("Thursday", "Friday") + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Friday").doesNotContain("years of argument");
  }
}
