package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CaptionsTest {

  @Test
  void recognisesCreditLinesInSeveralLanguages() {
    assertThat(Captions.isCaption("Photograph by Ed Marshall, Restoration Programme")).isTrue();
    assertThat(Captions.isCaption("Photo by Dan Seifert / The Verge")).isTrue();
    assertThat(Captions.isCaption("Crédits photos : Bestimage")).isTrue();
    assertThat(Captions.isCaption("Beitragsbild: Titelseite vom 2.4.2019, Ausriss.")).isTrue();
    assertThat(Captions.isCaption("Bildquelle: Peter Muster")).isTrue();
    assertThat(Captions.isCaption("Bild © hr")).isTrue();
  }

  @Test
  void recognisesGalleryCountersAndNumberedCaptionsOfAnyLength() {
    assertThat(Captions.isCaption("Bild 1 von 9")).isTrue();
    assertThat(Captions.isCaption("Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform und der"
        + " Struktur der Schicht gegenüber der oberen und unteren ist klar zu sehen, wie die Lupe zeigt.")).isTrue();
    assertThat(Captions.isCaption("Fig. 2: Share of votes by district")).isTrue();
  }

  @Test
  void leavesSentencesAboutPicturesAlone() {
    assertThat(Captions.isCaption("Photographers lined the road as the convoy passed through the old town.")).isFalse();
    assertThat(Captions.isCaption("Images have emerged of coffins being buried in a mass grave.")).isFalse();
    assertThat(Captions.isCaption("Figures from five states reflect the same disparity in infections.")).isFalse();
  }

  @Test
  void dropsCreditParagraphFromTheStory() {
    String prose = "<p>The regional council approved the new tram line on Thursday after a debate that lasted most"
        + " of the afternoon and ended in a narrow vote.</p>";
    String html = "<html><body><article>" + prose + "<p>Photograph by Jane Roe, City Archive</p>"
        + prose.replace("Thursday", "Friday") + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Thursday", "on Friday")
        .doesNotContain("Jane Roe");
  }
}
