package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  private static final LocalDateTime FETCHED = LocalDateTime.of(2024, 6, 1, 12, 0);

  private static Found<LocalDate> published(String html, String url) {
    Document page = Jsoup.parse(html);
    return PublicationDates.published(PageIndex.of(page), MetaTags.of(PageIndex.of(page)),
        JsonLd.article(PageIndex.of(page)), url, FETCHED);
  }

  @Test
  void prefersJsonLdAndKeepsTheWrittenTimeZone() {
    Found<LocalDate> d = published("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2024-05-03T23:30:00-03:00\"}</script>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(d.source()).isEqualTo("json-ld");
  }

  @Test
  void takesPrintedDayWhenUtcStampFallsOnTheNextDay() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2024-05-04T02:00:00Z\">"
        + "<body><h1>Title</h1><span class=\"date\">3 de mayo de 2024</span></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @Test
  void trustsDateInAddressOverRewrittenStamp() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2024-02-01T10:00:00+01:00\">",
        "https://news.example/2023/12/17/story");
    assertThat(d.value()).isEqualTo(LocalDate.of(2023, 12, 17));
    assertThat(d.source()).isEqualTo("url");
  }

  @Test
  void findsDateLineNearHeadlineWhenNothingElseDatesThePage() {
    Found<LocalDate> d = published("<body><h1>Rathaus saniert</h1><p><span>Erstellt am 12. März 2024</span></p>"
        + "<p>Der Gemeinderat hat beschlossen, das Rathaus zu sanieren.</p></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2024, 3, 12));
  }

  @Test
  void ignoresDatesAfterTheFetchAndBefore1990() {
    assertThat(published("<meta name=\"date\" content=\"2030-01-01\">", null)).isNull();
    assertThat(published("<meta name=\"date\" content=\"1985-01-01\">", null)).isNull();
  }

  @Test
  void readsRelativeStampOnlyWhenFetchTimeIsKnown() {
    Document page = Jsoup.parse("<body><span class=\"time\">vor 3 Stunden</span></body>");
    assertThat(PublicationDates.published(PageIndex.of(page), MetaTags.of(PageIndex.of(page)), null, null, FETCHED).value())
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(PublicationDates.published(PageIndex.of(page), MetaTags.of(PageIndex.of(page)), null, null, null)).isNull();
  }

  @Test
  void keepsUtcStampWhenSiteHeaderPrintsAnotherDay() {
    // Published at 05:00 UTC: no outlet zone within ten hours of UTC puts that on the next day.
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2015-12-12T05:00:37+00:00\">"
        + "<body><div class=\"header-date\">13. Dezember 2015</div><h1>Drei Jahre danach</h1>"
        + "<p>13. Dezember 2015</p></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2015, 12, 12));
  }

  @Test
  void takesPrintedDayBehindGmtStampOfTheEvening() {
    Found<LocalDate> d = published("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"Wed, 04 May 2022 00:25:56 GMT\"}</script>"
        + "<body><h1>Sesiones en Diputados</h1><p>3 de mayo de 2022</p></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2022, 5, 3));
  }

  @Test
  void takesTheDayTheDateLinePrintsWhenAStampOfThePageConfirmsIt() {
    // The outlet reissued the story and prints the day of the reissue, which its stamps also name.
    Found<LocalDate> d = published("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2021-03-16T16:16:10Z\",\"dateModified\":\"2021-03-20T14:00:17Z\"}</script>"
        + "<body><article><p class=\"date-time\">20. März 2021 - 15:00 Uhr</p>"
        + "<h1>Bund und Länder planen Verlängerung</h1></article></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2021, 3, 20));
  }

  @Test
  void keepsTheStampWhenTheDateLineNamesADayNoStampConfirms() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2021-03-16T16:16:10+01:00\">"
        + "<body><h1>Bund und Länder planen Verlängerung</h1><p>20. März 2021</p></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2021, 3, 16));
  }

  @Test
  void prefersTheDateLineToAGenericDocumentDate() {
    Found<LocalDate> d = published("<meta name=\"date\" content=\"2020-02-12\"><body><h1>Faire Lieferketten</h1>"
        + "<div class=\"news-single-timedata\">05.02.2020 <span>- Redaktion: Eva Muster</span></div></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2020, 2, 5));
  }

  @Test
  void keepsTheStampOverTheAddressWhenTheDateLinePrintsTheStampedDay() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2020-02-19T18:37:32+01:00\">"
        + "<body><h1>Europa se calienta</h1><p>19 de febrero de 2020</p></body>",
        "https://news.example/2020/02/18/ciencia/story.html");
    assertThat(d.value()).isEqualTo(LocalDate.of(2020, 2, 19));
  }

  @Test
  void prefersTheDateLineToATimeElementElsewhere() {
    Found<LocalDate> d = published("<body><aside><time datetime=\"2019-08-24\">24.08.2019</time></aside>"
        + "<h1>Folge 158 mit einer Biologin</h1><p>16. August 2019</p></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2019, 8, 16));
  }

  @Test
  void readsAUtcStampOnTheFullHourLateAtNightAsTheNextDaysMidnightInEurope() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00.000Z\">",
        null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2022, 11, 7));
  }

  @Test
  void keepsAUtcStampOnTheFullHourInTheAfternoon() {
    Found<LocalDate> d = published("<meta property=\"article:published_time\" content=\"2017-07-27T15:00:00.000Z\">",
        null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2017, 7, 27));
  }

  @Test
  void readsThePublicationOfAHowToPage() {
    Found<LocalDate> d = published("<script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Tischdecke\","
        + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script><body><h1>Tischdecke nähen</h1></body>", null);
    assertThat(d.value()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(d.source()).isEqualTo("json-ld");
  }
}
