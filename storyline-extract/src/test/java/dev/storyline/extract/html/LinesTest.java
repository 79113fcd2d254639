package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void recognisesDateStampsButNotSentencesWithDates() {
    assertThat(Lines.isDateLine("23.10.2018")).isTrue();
    assertThat(Lines.isDateLine("Published 3 May 2021, 10:15")).isTrue();
    assertThat(Lines.isDateLine("Donnerstag, 31. Mai 2012")).isTrue();
    assertThat(Lines.isDateLine("About 300 people came on 3 May 2021.")).isFalse();
    assertThat(Lines.isDateLine("In 2019 the town grew to 12 000.")).isFalse();
  }

  @Test
  void recognisesCreditsReadingTimesAndBareAddresses() {
    assertThat(Lines.isLabel("Sakib Ali/Hindustan Times/Getty Images")).isTrue();
    assertThat(Lines.isLabel("Foto: Stadtarchiv")).isTrue();
    assertThat(Lines.isLabel("• 2 min read")).isTrue();
    assertThat(Lines.isLabel("https://example.org/a/b.jpg 1200 675")).isTrue();
    assertThat(Lines.isLabel("Reuters reported on Monday that the talks had stalled again after a week.")).isFalse();
  }

  @Test
  void endMarkersIncludeOpeningsInSeveralLanguages() {
    assertThat(Lines.isEndMarker("Lesen Sie auch:")).isTrue();
    assertThat(Lines.isEndMarker("Artículos relacionados")).isTrue();
    assertThat(Lines.isEndMarker("Related coverage from our correspondents")).isTrue();
    assertThat(Lines.isEndMarker("Relations between the two countries have cooled since the summit in May.")).isFalse();
  }

  @Test
  void shoutedKickersAreShortCapitalLines() {
    assertThat(Lines.isShouted("BREAKING NEWS")).isTrue();
    assertThat(Lines.isShouted("NATO")).isTrue();
    assertThat(Lines.isShouted("NATO meets in Oslo")).isFalse();
  }

  @Test
  void recognisesPublicationStampsButNotSentencesAboutPublishing() {
    assertThat(Lines.isStampLine("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM")).isTrue();
    assertThat(Lines.isStampLine("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde")).isTrue();
    assertThat(Lines.isStampLine("First Published: Tuesday, November 19, 2019 08:38 AM")).isTrue();
    assertThat(Lines.isStampLine("The report was published on 3 May 2021.")).isFalse();
    assertThat(Lines.isStampLine("The ministry published figures on 3 May 2021 showing that exports rose for the"
        + " third month in a row, driven by machinery and cars sold to buyers in Asia and in North America.")).isFalse();
    assertThat(Lines.isStampLine("Updated guidance is expected soon.")).isFalse();
  }

  @Test
  void recognisesNewsletterPromosAndContributorLines() {
    assertThat(Lines.isFurniture("Get the day’s top headlines delivered to your inbox every morning.")).isTrue();
    assertThat(Lines.isFurniture("You have been successfully subscribed!")).isTrue();
    assertThat(Lines.isLabel("Fox News’ Jessica Napoli contributed to this report.")).isTrue();
    assertThat(Lines.isLabel("https://www.example.com/news/article/a-very-long-address-that-goes-on-and-on-for-more-than"
        + "-a-hundred-characters-14848175.php")).isTrue();
  }
}
