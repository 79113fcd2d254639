package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  private static LocalDate dateline(String html) {
    Document page = Jsoup.parse(html);
    PageIndex index = PageIndex.of(page);
    Found<LocalDate> d = Datelines.find(index, MetaTags.of(index), TODAY);
    return d == null ? null : d.value();
  }

  @Test
  void readsCategoryLineAboveTheHeadline() {
    assertThat(dateline("<body><nav><a>Start</a></nav><article><p>24. April 2020 | <a>Presse</a></p>"
        + "<h1>Neue Titelseite für alle Zeitungen</h1><p>Ein Künstler gestaltet die Seite.</p></article></body>"))
        .isEqualTo(LocalDate.of(2020, 4, 24));
  }

  @Test
  void readsDateSplitFromItsLabel() {
    assertThat(dateline("<body><h1>Der lange Weg zum Strom</h1><div><h5>Datum: </h5>03.11.2021<br>"
        + "<h5>Autor: </h5>Peter Muster</div></body>")).isEqualTo(LocalDate.of(2021, 11, 3));
  }

  @Test
  void takesLabelledPublicationFarBelowTheHeadline() {
    String prose = "<p>" + "Die Erzählung wird ausführlich besprochen. ".repeat(60) + "</p>";
    assertThat(dateline("<body><h1>Die Anleitungen der Vorfahren</h1>" + prose
        + "<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></body>"))
        .isEqualTo(LocalDate.of(2023, 11, 1));
  }

  @Test
  void skipsDateLabelledAsUpdate() {
    assertThat(dateline("<body><h1>Rathaus wird saniert</h1><p>Aktualisiert am 05.03.2024</p>"
        + "<p>Veröffentlicht am 01.03.2024</p></body>")).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void ignoresDatesOfComments() {
    assertThat(dateline("<body><h1>Drei Jahre danach</h1><div class=\"comments\"><p>13. Dezember 2015 um 01:10</p>"
        + "</div></body>")).isNull();
  }

  @Test
  void ignoresDatesTheStoryTalksAbout() {
    assertThat(dateline("<body><h1>Ausstellung im Schloss</h1><p>Die Winterausstellung zum Film öffnet nach "
        + "langer Vorbereitung am 22. November 2023 auf dem Schloss.</p></body>")).isNull();
  }

  @Test
  void anchorsOnTheHeadlineNamedByTheTitleNotTheSiteName() {
    String nav = "<ul>" + "<li><a>Beratung für Betriebe (bis 31.12.2018)</a></li>".repeat(3) + "</ul>";
    assertThat(dateline("<head><meta property=\"og:title\" content=\"Mineralöl-Info November\"></head><body>"
        + "<h1>Bundesamt für Wirtschaft und Ausfuhr</h1>" + nav
        + "<h1><span class=\"date\">27.01.2022</span>Mineralöl-Info November</h1></body>"))
        .isEqualTo(LocalDate.of(2022, 1, 27));
  }

  @Test
  void skipsTimeMarkedAsTheLastChange() {
    assertThat(dateline("<body><h1>Fünf Trends für das neue Jahr</h1><p><time class=\"updated\">29. Dezember 2022"
        + "</time><time class=\"entry-date published\">30. Dezember 2022</time></p></body>"))
        .isEqualTo(LocalDate.of(2022, 12, 30));
  }

  @Test
  void ignoresOneLabelOverSeveralDaysAsAListOfOtherStories() {
    String prose = "<p>" + "Die Finanzdaten zeigen die Sorgen des Konzerns. ".repeat(40) + "</p>";
    assertThat(dateline("<body><h1>Konzern in Sorge um seine Finanzen</h1>" + prose
        + "<ul><li>Veröffentlicht am 25. Oktober 2023</li><li>Veröffentlicht am 24. Oktober 2023</li></ul></body>"))
        .isNull();
  }

  @Test
  void anchorsOnAnH2HeadlineWhenTheH1HoldsTheSiteName() {
    assertThat(dateline("<head><meta property=\"og:title\" content=\"Atomkraft ist nicht nachhaltig\"></head><body>"
        + "<h1 class=\"visuallyhidden\">Atomkraft ist nicht nachhaltig | Bundesamt</h1><nav>" + "<a>Themen</a>".repeat(250)
        + "</nav><h2>Atomkraft ist nicht nachhaltig</h2><p><time>25.01.2022</time></p></body>"))
        .isEqualTo(LocalDate.of(2022, 1, 25));
  }

  @Test
  void readsAsOfLineAsTheDateLine() {
    assertThat(dateline("<body><h1>Daten gehackt</h1><p><span class=\"stand\">Stand: 28.04.2020 18:00 Uhr</span></p>"
        + "</body>")).isEqualTo(LocalDate.of(2020, 4, 28));
  }

  @Test
  void readsDateOpeningAParagraphAfterAPlace() {
    assertThat(dateline("<body><h1>Trauern am Ewigkeitssonntag</h1><p><strong>Karlsruhe, (12.11.2021). Traditionell "
        + "gedenken die Gemeinden ihrer Verstorbenen in den Gottesdiensten.</strong></p></body>"))
        .isEqualTo(LocalDate.of(2021, 11, 12));
  }

  @Test
  void ignoresDateInsideTheFirstSentence() {
    assertThat(dateline("<body><h2>Neue Anforderungen an Nachweise</h2><p>Mit der am 15. Januar 2022 in Kraft "
        + "getretenen Verordnung wurden auch die Anforderungen an Nachweise neu geregelt.</p></body>")).isNull();
  }

  @Test
  void anchorsOnALowerHeadingWhenThePageHasNoH1OrH2() {
    String nav = "<ul>" + "<li><a>Archiv 2008 (18.09.2008)</a></li>".repeat(2) + "</ul>";
    assertThat(dateline("<head><meta charset=\"utf-8\"><title>Word of the day: maudlin</title></head><body>" + nav
        + "<div class=\"sidebar\">" + "<p>Theme of the week</p>".repeat(90) + "</div>"
        + "<div>Apr 7, 2009</div><h3>maudlin</h3><p>Effusively sentimental.</p></body>"))
        .isEqualTo(LocalDate.of(2009, 4, 7));
  }

  @Test
  void takesTheOnePrintedDateClassedUpdatedAsTheDateLine() {
    assertThat(dateline("<body><h1>Polarisierende Werbung</h1><p>Kategorien: Mode <span class=\"entry-date\">"
        + "<time class=\"updated\">6. November 2023, 15:25 Uhr</time></span></p><p>Text.</p></body>"))
        .isEqualTo(LocalDate.of(2023, 11, 6));
  }

  @Test
  void prefersAPlainDateLineToOneClassedUpdated() {
    assertThat(dateline("<body><h1>Plejaden im Winter</h1><p><span class=\"updated\">September 17, 2019</span></p>"
        + "<p><span>15. September 2019</span> | Astronomie</p></body>")).isEqualTo(LocalDate.of(2019, 9, 15));
  }

  @Test
  void ignoresTheDateOfAPhotoInItsCaption() {
    assertThat(dateline("<body><h1>Level 3 from Cork</h1><figure><img src=\"a.jpg\"><figcaption>18/05/2020 The chief "
        + "medical officer at a press conference</figcaption></figure><p>The numbers could drop.</p></body>")).isNull();
  }

  @Test
  void skipsDatesLabelledAsSomethingOtherThanTheStory() {
    assertThat(dateline("<body><h1>Was ist Freie Software</h1><dl><dt>Registriert:</dt><dd>18.09.2008, 05:56</dd>"
        + "</dl><p>Beitrag von r23 » 21.01.2009, 05:42</p></body>")).isEqualTo(LocalDate.of(2009, 1, 21));
    assertThat(dateline("<body><h1>Whisky Tastings im Frühjahr</h1><p>Termin: 21.02.2020, 19 Uhr</p></body>"))
        .isNull();
  }

  @Test
  void takesThePostsDateAfterItsCreditFarBelowTheHeadline() {
    String prose = "<p>" + "Das Turnier ging mit sechzehn Teams zu Ende. ".repeat(40) + "</p>";
    assertThat(dateline("<body><h1>Die Events der letzten Zeit</h1>" + prose
        + "<div class=\"author\">Author: <a><b>Bo2man</b></a> am 29.12.2010, 13:36 Uhr</div></body>"))
        .isEqualTo(LocalDate.of(2010, 12, 29));
  }
}
