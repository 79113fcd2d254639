package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static final String PROSE = "<p>The regional council approved the new tram line on Thursday after a debate"
      + " that lasted most of the afternoon and ended in a narrow vote.</p>";

  private static String extract(String inside) {
    return MainText.extract(Jsoup.parse("<html><body><article>" + PROSE + inside + PROSE.replace("Thursday", "Friday")
        + "</article></body></html>"), null);
  }

  @Test
  void readsRubyTextWithoutItsReadings() {
    String html = "<html><body><article><p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、"
        + "<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、"
        + "たたいたり蹴ったりする体罰を禁止することになりました。</p></article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("法律ができて、親が子どもを教育するために")
        .doesNotContain("ほうりつ");
  }

  @Test
  void dropsCaptionNamedInsideACamelCaseClass() {
    assertThat(extract("<div class=\"articleImageCaption\"><p>The new tram at the depot in the early morning,"
        + " photographed from the bridge.</p></div>")).contains("on Friday").doesNotContain("depot");
  }

  @Test
  void keepsCommentaryThoughCommentsAreFurniture() {
    assertThat(extract("<div class=\"commentaryBox\"><p>The vote shows how far the council has moved on transport"
        + " since the last election.</p></div>")).contains("how far the council");
    assertThat(extract("<div class=\"commentaryBox commentThread\"><p>First! Great news for the east side of"
        + " town, finally.</p></div>")).doesNotContain("First!");
  }

  @Test
  void dropsAuthorBoxInsideTheStory() {
    assertThat(extract("<div class=\"mvp-author-box-wrap\"><p>Jane Doe covers transport and city politics and has"
        + " written for the paper since 2009.</p></div>")).contains("on Friday").doesNotContain("Jane Doe");
  }

  @Test
  void dropsAdvertisingDisclaimer() {
    assertThat(extract("<section class=\"editorial-disclaimer\"><p>This post contains references to products from"
        + " one or more of our advertisers, who may pay us when you buy.</p></section>"))
        .contains("on Friday").doesNotContain("advertisers");
  }

  @Test
  void dropsTableOfContents() {
    assertThat(extract("<div id=\"toc_container\"><p class=\"toc_title\">Contents</p><ul><li>Background of the"
        + " long debate in the council</li><li>What the vote means for the city</li></ul></div>"))
        .contains("on Friday").doesNotContain("Background of the");
  }

  @Test
  void keepsStoryWhoseClassNamesAnAuthorWordBesideContent() {
    String html = "<html><body><div class=\"author-box-content\">" + PROSE + "</div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("new tram line");
  }

  @Test
  void storyBesideAsideOfRelatedStoriesTitledWithH1OutweighsTheHeaderDek() {
    String teaser = "<article><h1 class=\"tease-title\"><a href=\"/x\">Mayor defends the cost of the new tram line in"
        + " a heated radio interview on Sunday morning</a></h1></article>";
    String html = "<html><body><div class=\"wrap\"><div class=\"head\"><h1>Tram line approved</h1><h2>After years of"
        + " argument about routes, costs and the noise of construction, the city will finally build its first tram"
        + " line, and work on the first stretch could begin as early as next spring.</h2></div>"
        + "<div class=\"body\">" + PROSE + "<aside class=\"drop\"><h1>Related:"
        + "</h1>" + teaser + teaser + teaser + "</aside></div></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Thursday").doesNotContain("Mayor defends");
  }

  @Test
  void dropsContactBoxInsideTheStoryWhateverItsLanguage() {
    assertThat(extract("<div class=\"schnellkontakt\"><p>Wenn Sie uns per Kontaktformular Anfragen zukommen lassen,"
        + " werden Ihre Angaben zur Bearbeitung gespeichert.</p></div>")).contains("on Friday")
        .doesNotContain("Kontaktformular");
    assertThat(extract("<div class=\"contactInfo\"><p>Press office, 12 Harbour Street, open weekdays from nine"
        + " to five for all questions.</p></div>")).contains("on Friday").doesNotContain("Harbour Street");
  }
}
