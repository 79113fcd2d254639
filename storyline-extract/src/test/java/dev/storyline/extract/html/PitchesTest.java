package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PitchesTest {

  @Test
  void recognisesNewsletterAndSubscriptionPitchesInSeveralLanguages() {
    assertThat(Pitches.isPitch("Never miss the latest news by signing up to our newsletter today!")).isTrue();
    assertThat(Pitches.isPitch("JOIN Our FREE Garden Newsletter")).isTrue();
    assertThat(Pitches.isPitch("Aktuelle Stories und die wichtigsten News direkt in dein Postfach!")).isTrue();
    assertThat(Pitches.isPitch("Subscribe now to our print edition for the full story.")).isTrue();
    assertThat(Pitches.isPitch("¡Mira lo que tiene nuestro canal de YouTube!")).isTrue();
  }

  @Test
  void recognisesFollowUsLinesButNotInstructionsThatMentionANetwork() {
    assertThat(Pitches.isPitch("Follow The Courier on Twitter and Instagram @TheCourier.")).isTrue();
    assertThat(Pitches.isPitch("Folgen Sie uns auf Twitter")).isTrue();
    assertThat(Pitches.isPitch("Follow these steps shared on Twitter to stop a pickpocket on the train.")).isFalse();
  }

  @Test
  void keepsSentencesThatReportOnNewslettersAndApps() {
    assertThat(Pitches.isPitch("Since January we have offered a special newsletter once a month on vintage guitars.")).isFalse();
    assertThat(Pitches.isPitch("Users can download the app for iOS and Android from Monday, the company said.")).isFalse();
    assertThat(Pitches.isPitch("No subscription required, no ads, no cost, the agency wrote.")).isFalse();
    assertThat(Pitches.isPitch("The foundation pledged $5 million on Tuesday to support independent journalism in"
        + " Hungary.")).isFalse();
    assertThat(Pitches.isPitch("Readers who sign up for the Post's newsletter will now pay a fee, the company"
        + " said.")).isFalse();
  }

  @Test
  void dropsPitchBetweenParagraphsOfTheStory() {
    String prose = "<p>The regional council approved the new tram line on Thursday after a debate that lasted most"
        + " of the afternoon and ended in a narrow vote.</p>";
    String html = "<html><body><article>" + prose + "<p>Get the city's news straight to your inbox: sign up for our"
        + " free daily newsletter.</p>" + prose.replace("Thursday", "Friday") + "</article></body></html>";
    assertThat(MainText.extract(Jsoup.parse(html), null)).contains("on Thursday", "on Friday")
        .doesNotContain("newsletter");
  }
}
