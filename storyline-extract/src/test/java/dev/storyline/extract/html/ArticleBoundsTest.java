package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleBoundsTest {

  private static final String STEP = "<li>Beat the butter and the sugar until pale, then fold in the flour a spoonful at a time"
      + " and let the dough rest in the cold for an hour before rolling it out.</li>";

  /** Short lines, which count against a container: a long list of them outweighs a short intro. */
  private static final String INGREDIENTS = "<li>200 g wheat flour</li><li>4 eggs, size M</li><li>1 jar of cherries</li>"
      + "<li>400 ml whipping cream</li>";

  @Test
  void readsWholeMarkedArticleWhenItsStepsOutweighItsIntroAndIngredients() {
    String html = "<html><body><article><p>Snow White cake is a layered sponge with cherries, cream and a shiny"
        + " chocolate glaze that children love.</p><ul class=\"ingredients\">" + INGREDIENTS.repeat(6)
        + "<li>100 g sugar</li></ul><div class=\"steps\"><ol>" + STEP + STEP + STEP + STEP
        + "</ol></div></article><div class=\"rail\"><p>Weather</p></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("layered sponge", "100 g sugar", "dough rest")
        .doesNotContain("Weather");
  }

  @Test
  void dropsTitleOfBoxOfLinksAfterTheStory() {
    String html = "<html><body><article><p>The regional council approved the new tram line on Thursday after a debate"
        + " that lasted most of the afternoon and ended in a narrow vote.</p><h4>Topics in this story</h4>"
        + "<p><a href=\"/t/tram\">Tram</a> <a href=\"/t/council\">City council</a></p></article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("narrow vote").doesNotContain("Topics in this");
  }

  @Test
  void dropsShortLastLineThatClosesNothing() {
    String html = "<html><body><article><p>The regional council approved the new tram line on Thursday after a debate"
        + " that lasted most of the afternoon and ended in a narrow vote.</p><div>Comments are closed</div>"
        + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("narrow vote").doesNotContain("Comments are closed");
  }

  @Test
  void keepsShortLineThatIntroducesMoreText() {
    String html = "<html><body><article><p>The regional council approved the new tram line on Thursday after a debate"
        + " that lasted most of the afternoon and ended in a narrow vote.</p><h3>What happens next</h3><p>Work on the"
        + " first stretch begins in spring, and the line should open to passengers within four years.</p>"
        + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("What happens next", "within four years");
  }

  @Test
  void keepsIngredientLinesBesideTheListOfSteps() {
    String html = "<html><body><div class=\"post\"><h2><a href=\"/p/1\">Almond biscuits</a></h2><p>Makes 40 pieces</p>"
        + "<p>300 g flour</p><p>200 g sugar</p><p>100 g ground almonds</p><p>1 egg</p><ol>" + STEP + STEP + "</ol></div>"
        + "<div class=\"rail\"><p>Weather</p></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("dough rest", "200 g sugar", "1 egg")
        .doesNotContain("Weather");
  }

  @Test
  void keepsShortLinesOfDialogueAroundTheOneLongParagraph() {
    String html = "<html><body><div class=\"post\"><p>\u201eI know I should not say this,\u201c he said, and went on"
        + " about the night, the rain and the bus that never came, until the whole table had stopped eating.</p>"
        + "<p>\u2013 \u201eThen don't.\u201c</p><p>\u2013 \u201eNo, listen: it matters.\u201c</p><p>\u2013 \u201eOk.\u201c</p></div>"
        + "<div class=\"rail\"><p>Weather</p></div></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("whole table", "Then don't", "it matters")
        .doesNotContain("Weather");
  }
}
