package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateTextTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final LocalDate DEC_17 = LocalDate.of(2023, 12, 17);

  /** Half past one at night, so hours counted back cross into the previous day. */
  private static final LocalDateTime FETCHED = LocalDateTime.of(2026, 11, 25, 1, 30);

  @Test
  void readsIsoDatesAndTimestamps() {
    assertThat(DateText.find("Stand: 2023-12-17T10:00:00Z", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("2023/12/17", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("ref 20231217.", TODAY)).isEqualTo(DEC_17);
  }

  @Test
  void readsNumericDatesDayFirstUnlessOnlyTheSecondNumberCanBeADay() {
    assertThat(DateText.find("17.12.2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("17-12-2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("12/17/2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("05/06/2023", TODAY)).isEqualTo(LocalDate.of(2023, 6, 5));
  }

  @Test
  void readsTwoDigitYearsAsRecentUnlessThatWouldBeTheFuture() {
    assertThat(DateText.find("17.12.23", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("17.12.98", TODAY)).isEqualTo(LocalDate.of(1998, 12, 17));
    assertThat(DateText.find("17-Dec-23", TODAY)).isEqualTo(DEC_17);
  }

  @Test
  void readsEnglishMonthFirstAndDayFirst() {
    assertThat(DateText.find("Published December 17, 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("Dec. 17th 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("Sunday, 17 December 2023", TODAY)).isEqualTo(DEC_17);
  }

  @Test
  void readsGermanDayMonthYearWithDot() {
    assertThat(DateText.find("17. Dezember 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("12. Okt. 2023", TODAY)).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(DateText.find("3. Maerz 2024", TODAY)).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(DateText.find("5. Jänner 2024", TODAY)).isEqualTo(LocalDate.of(2024, 1, 5));
  }

  @Test
  void readsFrenchWithOrWithoutAccentsAndFirstOrdinal() {
    assertThat(DateText.find("17\u00a0décembre 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("le 1er mars 2024", TODAY)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(DateText.find("3 fevrier 2024", TODAY)).isEqualTo(LocalDate.of(2024, 2, 3));
  }

  @Test
  void readsSpanishItalianPortugueseAndDutchMonthNames() {
    assertThat(DateText.find("17 de diciembre de 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("5 de setiembre de 2023", TODAY)).isEqualTo(LocalDate.of(2023, 9, 5));
    assertThat(DateText.find("17 dic 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("3 maggio 2024", TODAY)).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(DateText.find("2 de março de 2024", TODAY)).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(DateText.find("17 maart 2024", TODAY)).isEqualTo(LocalDate.of(2024, 3, 17));
  }

  @Test
  void rejectsDatesThatDoNotExist() {
    assertThat(DateText.find("31. Februar 2023", TODAY)).isNull();
    assertThat(DateText.find("20231317", TODAY)).isNull();
  }

  @Test
  void rejectsDatesAfterToday() {
    assertThat(DateText.find("26.11.2026", TODAY)).isEqualTo(TODAY.plusDays(1));
    assertThat(DateText.find("27.11.2026", TODAY)).isNull();
  }

  @Test
  void rejectsDatesBeforeEarliestAndKeepsLooking() {
    assertThat(DateText.find("01.01.1990", TODAY)).isEqualTo(DateText.EARLIEST);
    assertThat(DateText.find("31.12.1989", TODAY)).isNull();
    assertThat(DateText.find("17.12.28", TODAY)).isNull();
    assertThat(DateText.find("© 01.01.1985 – Published 17.12.2023", TODAY)).isEqualTo(DEC_17);
  }

  @Test
  void ignoresTimesVersionsPhoneNumbersAndBareYears() {
    assertThat(DateText.find("um 10.30 Uhr", TODAY)).isNull();
    assertThat(DateText.find("version 2.10.15", TODAY)).isNull();
    assertThat(DateText.find("Tel. +49 30 20231217", TODAY)).isNull();
    assertThat(DateText.find("Since 2019", TODAY)).isNull();
    assertThat(DateText.find("am 3. Mai 20 Menschen", TODAY)).isNull();
  }

  @Test
  void findsAllDatesInOrderOfAppearanceUpToMax() {
    String line = "Updated 5 January 2024 (first published 2023-12-17), see 3 March 2024";
    assertThat(DateText.findAll(line, TODAY, 2)).containsExactly(LocalDate.of(2024, 1, 5), DEC_17);
    assertThat(DateText.findAll(line, TODAY, 10)).hasSize(3);
    assertThat(DateText.findAll(line, TODAY, 0)).isEmpty();
  }

  @Test
  void readsRelativeStampAgainstFetchTime() {
    assertThat(DateText.relative("3 hours ago", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(DateText.relative("5 minutes ago", FETCHED)).isEqualTo(TODAY);
    assertThat(DateText.relative("an hour ago", FETCHED)).isEqualTo(TODAY);
    assertThat(DateText.relative("1 week ago", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 18));
    assertThat(DateText.relative("2 months ago", FETCHED)).isEqualTo(LocalDate.of(2026, 9, 25));
    assertThat(DateText.relative("yesterday", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void readsRelativeStampsInEveryLanguage() {
    LocalDate yesterday = LocalDate.of(2026, 11, 24);
    assertThat(DateText.relative("vor 2 Tagen", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(DateText.relative("vor einem Tag", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("gestern, 18:30", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("il y a 3 heures", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("hier à 18h30", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("hace 2 días", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(DateText.relative("3 ore fa", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("un anno fa", FETCHED)).isEqualTo(LocalDate.of(2025, 11, 25));
    assertThat(DateText.relative("há 3 horas", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("ontem", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("3 uur geleden", FETCHED)).isEqualTo(yesterday);
    assertThat(DateText.relative("gisteren", FETCHED)).isEqualTo(yesterday);
  }

  @Test
  void readsRelativeStampOnlyInShortDateLines() {
    assertThat(DateText.relative("Posted 3 days ago by Jane Doe", FETCHED)).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(DateText.relative(
        "Negotiators said on Monday that talks began 3 days ago in the Norwegian capital.", FETCHED)).isNull();
  }

  @Test
  void ignoresDayWordsThatAreNotStamps() {
    assertThat(DateText.relative("Hier klicken für mehr", FETCHED)).isNull();
    assertThat(DateText.relative("Today's top stories", FETCHED)).isNull();
  }

  @Test
  void readsRussianUkrainianAndPolishMonthsInTheGenitive() {
    assertThat(DateText.find("15 августа 2016, 13:43", TODAY)).isEqualTo(LocalDate.of(2016, 8, 15));
    assertThat(DateText.find("17 грудня 2023", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("17 grudnia 2023 r.", TODAY)).isEqualTo(DEC_17);
    assertThat(DateText.find("3 Мая 2019", TODAY)).isEqualTo(LocalDate.of(2019, 5, 3));
  }

  @Test
  void reportsWhereTheFirstDateBegins() {
    DateText.Hit hit = DateText.first("Veröffentlicht am 17.12.2023", TODAY);
    assertThat(hit.date()).isEqualTo(DEC_17);
    assertThat(hit.start()).isEqualTo(18);
  }
}
