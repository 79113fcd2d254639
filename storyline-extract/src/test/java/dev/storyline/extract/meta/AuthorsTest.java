package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static Found<List<String>> authors(String html) {
    Document page = Jsoup.parse(html);
    PageIndex index = PageIndex.of(page);
    return Authors.find(index, MetaTags.of(index), JsonLd.article(index));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = AuthorsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void resolvesJsonLdAuthorReferenceInGraph() {
    Found<List<String>> a = authors("<script type=\"application/ld+json\">{\"@graph\":["
        + "{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mara Lind\"}]}"
        + "</script>");
    assertThat(a.value()).containsExactly("Mara Lind");
    assertThat(a.source()).isEqualTo("json-ld");
  }

  @Test
  void readsAuthorArchiveLinkButNotCommenters() {
    Found<List<String>> a = authors("<body><ol class=\"comment-list\"><li><span class=\"author\">Kim Berg</span></li></ol>"
        + "<p>Posted in News by <a href=\"/author/jonas-weber/\">Jonas Weber</a></p></body>");
    assertThat(a.value()).containsExactly("Jonas Weber");
  }

  @Test
  void passesOverCreditsNamingOnlyTheSiteToTheVisibleByline() throws IOException {
    Found<List<String>> a = authors(fixture("site-named-author.html"));
    assertThat(a.value()).containsExactly("Jan Ole Brandt", "Mira Sadek");
    assertThat(a.source()).isEqualTo("byline");
  }

  @Test
  void readsABlogSignatureBeforeTheCategoriesThePostIsFiledUnder() {
    Found<List<String>> a = authors("<body><div class=\"post\"><h1>Antipoden</h1><div class=\"post-info\">"
        + "Posted by Kranichfeld under <a href=\"/c/fun\">Just For Fun</a>, <a href=\"/c/reise\">Reise</a>"
        + " | Schlagwörter: <a href=\"/t/a\">Antipoden</a></div><p>Text.</p></div></body>");
    assertThat(a.value()).containsExactly("Kranichfeld");
  }

  @Test
  void fallsBackToTheNameThePostAuthorSignsCommentRepliesWith() {
    Found<List<String>> a = authors("<body><article><h1>Ins neue Jahr</h1><p>Text.</p></article>"
        + "<ol class=\"commentlist\"><li class=\"comment\"><cite class=\"fn\">Leserin</cite> sagt: Schön!</li>"
        + "<li class=\"comment byuser comment-author-evaj bypostauthor\"><cite class=\"fn\">evaj</cite>"
        + " <span class=\"says\">sagt:</span> Danke!</li></ol></body>");
    assertThat(a.value()).containsExactly("evaj");
    assertThat(a.source()).isEqualTo("comment");
  }

  @Test
  void readsThePostAuthorsCommentNameFromTheCommenterBoxWithoutAnHcard() {
    Found<List<String>> a = authors("<body><article><h1>Kaffee für 4,80</h1><p>Text.</p></article>"
        + "<div class=\"comment byuser bypostauthor\"><p class=\"comment-author\">KaiNorden</p>"
        + "<div class=\"comment-text\">Gern geschehen, viel Spaß beim Sparen und bis bald!</div></div></body>");
    assertThat(a.value()).containsExactly("KaiNorden");
  }

  @Test
  void prefersAnyBylineToThePostAuthorsCommentName() {
    Found<List<String>> a = authors("<body><article><h1>Ins neue Jahr</h1><p class=\"byline\">Von Eva Jancik</p>"
        + "<p>Text.</p></article><ol class=\"commentlist\"><li class=\"comment bypostauthor\">"
        + "<cite class=\"fn\">evaj</cite> Danke!</li></ol></body>");
    assertThat(a.value()).containsExactly("Eva Jancik");
  }

  @Test
  void givesNoAuthorWhenTheOnlyCreditIsTheSite() {
    assertThat(authors("<head><meta property=\"og:site_name\" content=\"Makrofokus\">"
        + "<meta name=\"author\" content=\"Makrofokus\"></head><body><p>Text.</p></body>")).isNull();
  }

  @Test
  void keepsAuthorOfPersonalSiteNamedAfterThem() {
    Found<List<String>> a = authors("<head><meta property=\"og:site_name\" content=\"Helga Brenner\">"
        + "<meta name=\"author\" content=\"Helga Brenner\"></head><body><p>Text.</p></body>");
    assertThat(a.value()).containsExactly("Helga Brenner");
  }

  @Test
  void keepsPersonBesideTheOutletInOneCredit() {
    Found<List<String>> a = authors("<head><meta property=\"og:site_name\" content=\"KNN\">"
        + "<meta name=\"author\" content=\"Rob Petersen, KNN\"></head><body></body>");
    assertThat(a.value()).containsExactly("Rob Petersen");
  }

  @Test
  void acceptsUserNameInAuthorMicroformatButNotInPlainText() {
    Found<List<String>> a = authors("<body><span class=\"byline\">by <span class=\"author vcard\">"
        + "<a class=\"url fn n\" href=\"/u/tlow\">tlow</a></span></span></body>");
    assertThat(a.value()).containsExactly("tlow");
    assertThat(authors("<body><p>Von tlow</p></body>")).isNull();
  }

  @Test
  void readsNamesAfterACreditLabel() {
    assertThat(authors("<body><div><span class=\"label\">Datum:</span> 19.11.2021<br>"
        + "<span class=\"label\">Autor:</span> Fritz Ambühl<br><span class=\"label\">Quelle:</span> Agentur</div></body>")
        .value()).containsExactly("Fritz Ambühl");
    assertThat(authors("<body><div><h4>Autor</h4><p><a href=\"/p/1\">Nina Hoke</a>, </p></div></body>").value())
        .containsExactly("Nina Hoke");
  }

  @Test
  void readsAuthorClassInBlockElementModifierNames() {
    assertThat(authors("<body><span class=\"entry-content__authors\"><span class=\"entry-content__names\">"
        + "Von Tobias Kessler</span></span></body>").value()).containsExactly("Tobias Kessler");
  }

  @Test
  void readsAboutTheAuthorSidebarOnlyWhenTheArticleCreditsNoOne() {
    String sidebar = "<div class=\"sidebar\"><div class=\"author\">Johanna Kranz</div></div>";
    assertThat(authors("<body><article><p>Text.</p></article>" + sidebar + "</body>").value())
        .containsExactly("Johanna Kranz");
    assertThat(authors("<body><article><p class=\"byline\">Von Ole Brandt</p></article>" + sidebar + "</body>")
        .value()).containsExactly("Ole Brandt");
  }

  @Test
  void ignoresPhotographersInCaptionsAndPictureCredits() {
    assertThat(authors("<body><figure><img src=a.jpg><figcaption>By Benno Sauer</figcaption></figure>"
        + "<span class=\"credit\">Bild: AFP/Paul Gort</span><p>Text.</p></body>")).isNull();
  }

  @Test
  void takesTheBylineWhereTheDataNamesOnlyTheFirstAuthorOrAUserName() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
        + "\"name\":\"%s\"}}</script>";
    assertThat(authors(String.format(ld, "Rudi Fink") + "<div class=\"meta-item author\">von Rudi Fink, Simon Kohl</div>")
        .value()).containsExactly("Rudi Fink", "Simon Kohl");
    assertThat(authors(String.format(ld, "arianschlicht") + "<div class=\"post__author\">von Arian Schlicht</div>")
        .value()).containsExactly("Arian Schlicht");
    assertThat(authors(String.format(ld, "Ada Lind") + "<div class=\"byline\">By Bo Berg</div>").value())
        .containsExactly("Ada Lind");
  }

  @Test
  void distrustsAnAuthorFieldHoldingAnOrganisationAndReadsTheByline() {
    Found<List<String>> a = authors("<head><meta name=\"author\" content=\"Landesanstalt für Wald und Forst\"></head>"
        + "<body><span itemprop=\"author\">Joachim Hamm</span></body>");
    assertThat(a.value()).containsExactly("Joachim Hamm");
  }

  @Test
  void readsCustomBylineElementAndNamesBelowALabel() {
    assertThat(authors("<body><byline>Von David Hutz, dpa</byline></body>").value()).containsExactly("David Hutz");
    assertThat(authors("<body><div><p class=\"label\"><strong>By</strong></p></div><div><p>Todd Baines</p></div></body>")
        .value()).containsExactly("Todd Baines");
  }

  @Test
  void layoutClassesOfTheHeadlineColumnDoNotHideItsByline() {
    assertThat(authors("<body><div class=\"post-wrap sidebar-right\"><h1>Title</h1>"
        + "<p><strong>Eine Kolumne von Nils Pick</strong></p></div></body>").value()).containsExactly("Nils Pick");
  }

  @Test
  void completesTheDataFirstNameFromABylineInTheArticleSidebar() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
        + "\"name\":\"Hal\"}}</script>";
    Found<List<String>> a = authors(ld + "<body><h1>Title</h1><section class=\"article-sidebar\">"
        + "<p class=\"byline\">By Hal Brenner</p></section></body>");
    assertThat(a.value()).containsExactly("Hal Brenner");
    assertThat(authors(ld + "<body><h1>Title</h1><section class=\"article-sidebar\">"
        + "<p class=\"byline\">By Ida Wolk</p></section></body>").value()).containsExactly("Hal");
  }

  @Test
  void readsAMicrodataNameGivenOnlyInAMetaTag() {
    assertThat(authors("<body><h1>T</h1><span itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"Vera Lund\">"
        + "</span></body>").value()).containsExactly("Vera Lund");
  }

  @Test
  void endsTheNamesAfterALabelWithTheirHeading() {
    assertThat(authors("<body><div><span>by</span><h3><a href=\"/p/1\">Vera Lund</a></h3><h1>A Long Headline Here</h1></div>"
        + "</body>").value()).containsExactly("Vera Lund");
  }
}
