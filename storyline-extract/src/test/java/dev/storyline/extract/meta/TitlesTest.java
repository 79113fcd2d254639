package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {

  private static Found<String> title(String html, String outlet) {
    Document page = Jsoup.parse(html);
    PageIndex index = PageIndex.of(page);
    return Titles.find(page, index, MetaTags.of(index), JsonLd.article(index), outlet);
  }

  @Test
  void dropsKickerSetBeforeTheHeadlineInsideTheHeading() {
    assertThat(title("<title>Markets - Ministers meet in Oslo</title><h1><span class=\"roofline\">Markets</span> "
        + "Ministers meet in Oslo</h1>", null).value()).isEqualTo("Ministers meet in Oslo");
    assertThat(title("<h1><span class=\"a1\">Talks in Norway</span><span aria-hidden=\"true\"> – </span>"
        + "<span class=\"a2\">Ministers meet in Oslo</span></h1>", null).value()).isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void findsKickerInsideAWrapperAroundTheWholeHeading() {
    assertThat(title("<h1><span class=\"post-title\" itemprop=\"headline\"><small>Week 4</small><br>"
        + "Ministers meet in Oslo</span></h1>", null).value()).isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void keepsStyledFirstWordsThatTheHeadlineContinues() {
    assertThat(title("<h1><span class=\"big\">Ministers</span> meet in Oslo</h1>", null).value())
        .isEqualTo("Ministers meet in Oslo");
    assertThat(title("<h1><span class=\"title\">Ministers meet</span> In Oslo Today</h1>", null).value())
        .isEqualTo("Ministers meet In Oslo Today");
  }

  @Test
  void matchesHeadingToTitleWrittenWithAnotherDash() {
    Found<String> t = title("<meta property=\"og:title\" content=\"Oslo talks - ministers agree\">"
        + "<h2>Latest news</h2><h2>Oslo talks – ministers agree</h2>", null);
    assertThat(t.value()).isEqualTo("Oslo talks – ministers agree");
    assertThat(t.source()).isEqualTo("h2");
  }

  @Test
  void dropsDateAndCategoriesSetAfterTheHeadlineInTheHeading() {
    assertThat(title("<meta property=\"og:title\" content=\"Ministers meet in Oslo\"><h1>Ministers meet in Oslo<br>"
        + "<small>02.02.2022 • <span>Politics</span>, <span>Europe</span></small></h1>", null).value())
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void matchesHeadingToScholarlyTitleTag() {
    Found<String> t = title("<title>Ministers meet in Oslo: a regression study: Journal of Talks: Vol 3</title>"
        + "<meta name=\"dc.Title\" content=\"Ministers meet in Oslo\"><h2>Log in</h2><h1>Ministers meet in Oslo</h1>", null);
    assertThat(t.source()).isEqualTo("h1");
  }

  @Test
  void skipsHeadingsInSidebarsAndWidgets() {
    assertThat(title("<meta property=\"og:title\" content=\"Oslo talks end | Wire\"><div class=\"widget_text\">"
        + "<h2>Oslo talks end</h2></div>", null).source()).isEqualTo("meta:og:title");
    assertThat(title("<meta property=\"og:title\" content=\"Oslo talks end | Wire\"><div id=\"sidebar-left\">"
        + "<h2>Oslo talks end</h2></div>", null).source()).isEqualTo("meta:og:title");
  }

  @Test
  void readsHeadingInMainContentWhoseClassNamesMentionBranding() {
    Found<String> t = title("<meta name=\"dc.title\" content=\"Ministers meet in Oslo\">"
        + "<main class=\"article-page journal-branding\"><h1>Ministers meet in Oslo</h1></main>", null);
    assertThat(t.source()).isEqualTo("h1");
    assertThat(title("<meta property=\"og:title\" content=\"Ministers meet in Oslo\">"
        + "<div class=\"site-branding\"><h1>Ministers meet in Oslo</h1></div>", null).source()).isEqualTo("meta:og:title");
  }

  @Test
  void takesNoOneWordCategoryLabelForTheHeadlineOfAnUntitledPage() {
    Found<String> t = title("<body><h2 class=\"cat\">General</h2><h2>Malaga, a lively city in Andalusia</h2></body>", null);
    assertThat(t.value()).isEqualTo("Malaga, a lively city in Andalusia");
  }

  @Test
  void readsHeadingInLayoutWhoseClassNamesMentionSidebar() {
    Found<String> t = title("<meta property=\"og:title\" content=\"Ministers meet in Oslo | Wire\">"
        + "<div class=\"container layout-right-sidebar\"><div class=\"no-sidebar\"><h1>Ministers meet in Oslo</h1>"
        + "</div></div>", null);
    assertThat(t.source()).isEqualTo("h1");
    assertThat(title("<meta property=\"og:title\" content=\"Oslo talks end | Wire\">"
        + "<div class=\"panel-two-col-sidebar-right-mix\"><div class=\"elementor-widget-heading\"><h1>Oslo talks end</h1>"
        + "</div></div>", null).source()).isEqualTo("h1");
  }

  @Test
  void prefersTheHeadingThatSetsTheStructuredDataHeadlineOverTheSharingTitle() {
    Found<String> t = title("<meta property=\"og:title\" content=\"Oslo talks: what now?\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ministers meet in Oslo\"}</script>"
        + "<nav><ol class=\"breadcrumb\"><li><h1>Ministers meet in Oslo</h1></li></ol></nav>"
        + "<article><h2>Oslo talks: what now?</h2></article>", null);
    assertThat(t.value()).isEqualTo("Ministers meet in Oslo");
    assertThat(t.source()).isEqualTo("h1");
  }

  @Test
  void dropsAMarkedKickerFromTheHeadingThatSetsTheStructuredDataHeadline() {
    assertThat(title("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Talks in Norway &#8211; Ministers meet in Oslo\"}</script>"
        + "<h1><span class=\"kicker\">Talks in Norway</span> – Ministers meet in Oslo</h1>", null).value())
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void takesATwoWordH1OverASharingTitleItDoesNotMatch() {
    assertThat(title("<meta property=\"og:title\" content=\"Greener living at home\"><h1>Green living</h1>", null)
        .value()).isEqualTo("Green living");
  }

  @Test
  void takesTheSharingTitleOverAOneWordH1() {
    assertThat(title("<meta property=\"og:title\" content=\"Ministers meet in Oslo\"><h1>News</h1>", null).value())
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void takesTheH1ThatLeadsTheTitleOverTheH2SubtitleThatEndsIt() {
    Found<String> t = title("<title>Ministers meet in Oslo - Talks end without a deal on fishing rights</title>"
        + "<h1>Ministers meet in Oslo</h1><h2>Talks end without a deal on fishing rights</h2>", null);
    assertThat(t.value()).isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void splitsOutletSuffixOffHeadline() {
    assertThat(Titles.split("Ministers meet in Oslo - BBC")).containsExactly("Ministers meet in Oslo", "BBC");
    assertThat(Titles.split("Ministers meet in Oslo | The Continental Post"))
        .containsExactly("Ministers meet in Oslo", "The Continental Post");
  }

  @Test
  void keepsDashesAndColonsThatBelongToTheHeadline() {
    assertThat(Titles.split("Ministers meet in Oslo - and agree on nothing"))
        .containsExactly("Ministers meet in Oslo - and agree on nothing", null);
    assertThat(Titles.split("Oslo talks: a breakthrough")).containsExactly("Oslo talks: a breakthrough", null);
  }

  @Test
  void stripsKnownOutletBeforeOrAfterTitle() {
    assertThat(Titles.strip("Meridian Wire: Ministers meet in Oslo", "Meridian Wire")).isEqualTo("Ministers meet in Oslo");
    assertThat(Titles.strip("Ministers meet in Oslo – meridian wire", "Meridian Wire")).isEqualTo("Ministers meet in Oslo");
  }
}
